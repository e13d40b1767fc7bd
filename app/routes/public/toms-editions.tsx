import { publicCouncil } from '#app/lib/councils.server.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { publicEditionHead, publicEditionRows } from './rows.tsx'
import type { Route } from './+types/toms-editions.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	return { editions: listEditions(publicCouncil(request, params).id).filter((edition) => edition.status !== 'draft') }
}

export default function TomsEditions({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Editions of the themes, outcomes and measures" />
			<h1 className="govuk-heading-l">Editions of the themes, outcomes and measures</h1>
			<p className="govuk-body">
				The council revises its themes, outcomes and measures every year. A tender is valued against the edition it was
				published with, so earlier editions stay readable here.
			</p>
			{loaderData.editions.length === 0 ? (
				<p className="govuk-body">No edition has been published yet.</p>
			) : (
				<Table
					caption="Published editions"
					captionClasses="govuk-visually-hidden"
					head={publicEditionHead}
					rows={publicEditionRows(loaderData.editions)}
				/>
			)}
		</>
	)
}
