import { useRootData } from './use-root-data.ts'

export const SERVICE_NAME = 'Social value portal'

/**
 * The page's <title>, rendered where the page is (React hoists it into <head>). GOV.UK
 * pattern: "Error: " first when the page shows validation errors, then the page, the
 * service and the organisation.
 */
export function DocumentTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
	const councilName = useRootData()?.councilName
	const parts = [title, SERVICE_NAME, councilName].filter(Boolean)
	return <title>{`${hasErrors ? 'Error: ' : ''}${parts.join(' – ')}`}</title>
}
