import { formatDateTime } from '#app/domain/dates.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { tenderState, tenderStateLabels } from '#app/domain/tenders/tender-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { listTendersFor } from '#app/lib/tenders.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/tenders.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	return {
		isAdmin: user.role === 'admin',
		tenders: listTendersFor(user).map((t) => ({ ...t, state: tenderState(t, now) })),
	}
}

export default function Tenders({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Tenders" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">{loaderData.isAdmin ? 'All tenders' : 'Your tenders'}</h1>
			<a href="/manage/tenders/new" className="govuk-button" role="button" draggable="false">
				Create a tender
			</a>
			{loaderData.tenders.length === 0 ? (
				<p className="govuk-body">No tenders yet.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-visually-hidden">Tenders</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Tender
							</th>
							<th scope="col" className="govuk-table__header govuk-table__header--numeric">
								Value
							</th>
							<th scope="col" className="govuk-table__header">
								Deadline
							</th>
							<th scope="col" className="govuk-table__header">
								Status
							</th>
							{loaderData.isAdmin ? (
								<th scope="col" className="govuk-table__header">
									Contract manager
								</th>
							) : null}
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{loaderData.tenders.map((t) => (
							<tr className="govuk-table__row" key={t.id}>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/manage/tenders/${t.id}`}>
										{t.title}
									</a>
									<div className="govuk-hint govuk-!-margin-bottom-0">{t.reference}</div>
								</td>
								<td className="govuk-table__cell govuk-table__cell--numeric">{formatPounds(t.estimatedValuePence)}</td>
								<td className="govuk-table__cell">{formatDateTime(t.deadlineAt)}</td>
								<td className="govuk-table__cell">
									<Tag
										text={tenderStateLabels[t.state]}
										classes={
											t.state === 'open'
												? 'govuk-tag--green'
												: t.state === 'draft'
													? 'govuk-tag--blue'
													: 'govuk-tag--grey'
										}
									/>
								</td>
								{loaderData.isAdmin ? <td className="govuk-table__cell">{t.managerName}</td> : null}
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	)
}
