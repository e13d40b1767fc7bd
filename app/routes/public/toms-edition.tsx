import { href } from 'react-router'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { TomsEditionView } from '#app/components/toms-edition-view.tsx'
import { parseId } from '#app/routes/shared/route-params.ts'
import { previousPublishedEdition } from '#app/lib/toms-compare.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { loadPublicEdition } from '#app/lib/toms-public.server.ts'
import type { Route } from './+types/toms-edition.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const council = publicCouncil(request, params)
	const data = loadPublicEdition(council.id, parseId(params.editionId), new URL(request.url))
	return { data, previous: previousPublishedEdition(data.edition.id) }
}

export default function TomsEdition({ loaderData }: Route.ComponentProps) {
	const { data, previous } = loaderData
	return (
		<>
			<DocumentTitle title={`Themes, outcomes and measures ${data.edition.name}`} />
			<TomsEditionView
				data={data}
				action={href('/toms/editions/:editionId', { editionId: String(data.edition.id) })}
				previous={previous}
			/>
		</>
	)
}
