import { href } from 'react-router'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { TomsEditionView } from '#app/components/toms-edition-view.tsx'
import { loadPublicEdition } from '#app/lib/toms-public.server.ts'
import { previousPublishedEdition } from '#app/lib/toms-compare.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { getCurrentEdition } from '#app/lib/toms-queries.server.ts'
import type { Route } from './+types/toms.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const council = publicCouncil(request, params)
	const current = getCurrentEdition(council.id)
	if (!current) return { data: null, previous: null }
	return {
		data: loadPublicEdition(council.id, current.id, new URL(request.url)),
		previous: previousPublishedEdition(current.id),
	}
}

export default function Toms({ loaderData }: Route.ComponentProps) {
	if (!loaderData.data) {
		return (
			<>
				<DocumentTitle title="Themes, outcomes and measures" />
				<h1 className="govuk-heading-l">Themes, outcomes and measures</h1>
				<p className="govuk-body">The council has not published its themes, outcomes and measures yet.</p>
			</>
		)
	}
	return (
		<>
			<DocumentTitle title={`Themes, outcomes and measures ${loaderData.data.edition.name}`} />
			<TomsEditionView data={loaderData.data} action={href('/toms')} previous={loaderData.previous} />
		</>
	)
}
