import { useParams } from 'react-router'
import { councilPath } from '#app/domain/councils/council-path.ts'

/** Links from a public page keep the council prefix it was reached by, if any. */
export function useCouncilPath(): (path: string) => string {
	const { councilSlug } = useParams()
	return (path) => councilPath(councilSlug, path)
}
