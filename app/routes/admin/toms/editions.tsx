import { formatDate } from '#app/domain/dates.ts'
import { editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/editions.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	return { editions: listEditions() }
}

const statusClasses = { draft: 'govuk-tag--blue', published: 'govuk-tag--green', retired: 'govuk-tag--grey' } as const

export default function ManageToms({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Manage TOMs" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Manage themes, outcomes and measures</h1>
			<p className="govuk-body">
				Suppliers commit to the measures in the current published edition. A published edition never changes: to revise
				the TOMs, create a new edition as a copy, edit it, and publish it.
			</p>
			<div className="govuk-button-group">
				<a href="/admin/toms/new" className="govuk-button" role="button" draggable="false">
					Create an edition
				</a>
				<a href="/admin/priorities" className="govuk-link">
					Council priorities
				</a>
			</div>
			{loaderData.editions.length === 0 ? (
				<p className="govuk-body">There are no editions yet.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-table__caption--m">Editions</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Edition
							</th>
							<th scope="col" className="govuk-table__header">
								Status
							</th>
							<th scope="col" className="govuk-table__header govuk-table__header--numeric">
								Measures
							</th>
							<th scope="col" className="govuk-table__header">
								Last changed
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{loaderData.editions.map((edition) => (
							<tr className="govuk-table__row" key={edition.id}>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/admin/toms/${edition.id}`}>
										{edition.name}
									</a>
								</td>
								<td className="govuk-table__cell">
									<Tag text={editionStatusLabels[edition.status]} classes={statusClasses[edition.status]} />
									{edition.isCurrent ? (
										<>
											{' '}
											<Tag text="Current" classes="govuk-tag--green" />
										</>
									) : null}
								</td>
								<td className="govuk-table__cell govuk-table__cell--numeric">{edition.measureCount}</td>
								<td className="govuk-table__cell">{formatDate(edition.updatedAt)}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	)
}
