import { formatDate } from '#app/domain/dates.ts'
import { editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { Route } from './+types/toms-editions.ts'

export function loader() {
	return { editions: listEditions().filter((edition) => edition.status !== 'draft') }
}

export default function TomsEditions({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Editions of the themes, outcomes and measures" />
			<h1 className="govuk-heading-l">Editions of the themes, outcomes and measures</h1>
			<p className="govuk-body">
				The council revises its themes, outcomes and measures every year. A tender is valued against the edition
				it was published with, so earlier editions stay readable here.
			</p>
			{loaderData.editions.length === 0 ? (
				<p className="govuk-body">No edition has been published yet.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-visually-hidden">Published editions</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">Edition</th>
							<th scope="col" className="govuk-table__header">Published</th>
							<th scope="col" className="govuk-table__header govuk-table__header--numeric">Measures</th>
							<th scope="col" className="govuk-table__header">Status</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{loaderData.editions.map((edition) => (
							<tr className="govuk-table__row" key={edition.id}>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/toms/editions/${edition.id}`}>
										{edition.name}
									</a>
								</td>
								<td className="govuk-table__cell">{edition.publishedAt ? formatDate(edition.publishedAt) : ''}</td>
								<td className="govuk-table__cell govuk-table__cell--numeric">{edition.measureCount}</td>
								<td className="govuk-table__cell">
									{edition.isCurrent ? <Tag text="Current" classes="govuk-tag--green" /> : <Tag text={editionStatusLabels[edition.status]} classes="govuk-tag--grey" />}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	)
}
