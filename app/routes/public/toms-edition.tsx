import { DocumentTitle } from '#app/components/document-title.tsx'
import { TomsEditionView } from '#app/components/toms-edition-view.tsx'
import type { Route } from './+types/toms-edition.ts'
import { parseId } from '#app/lib/route-params.ts'
import { loadPublicEdition } from './toms-shared.server.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	return loadPublicEdition(parseId(params.editionId), new URL(request.url))
}

export default function TomsEdition({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title={`Themes, outcomes and measures ${loaderData.edition.name}`} />
			<TomsEditionView data={loaderData} action={`/toms/editions/${loaderData.edition.id}`} />
		</>
	)
}
