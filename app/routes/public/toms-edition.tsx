import { href } from 'react-router'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { TomsEditionView } from '#app/components/toms-edition-view.tsx'
import { parseId } from '#app/routes/shared/route-params.ts'
import { loadPublicEdition } from '#app/lib/toms-public.server.ts'
import type { Route } from './+types/toms-edition.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	return loadPublicEdition(parseId(params.editionId), new URL(request.url))
}

export default function TomsEdition({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title={`Themes, outcomes and measures ${loaderData.edition.name}`} />
			<TomsEditionView
				data={loaderData}
				action={href('/toms/editions/:editionId', { editionId: String(loaderData.edition.id) })}
			/>
		</>
	)
}
