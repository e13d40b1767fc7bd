import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { reviewQueue } from '#app/lib/return-review.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { Route } from './+types/returns.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	return { queue: reviewQueue(user), isAdmin: user.role === 'admin' }
}

export default function ReturnsQueue({ loaderData }: Route.ComponentProps) {
	const { queue, isAdmin } = loaderData
	return (
		<>
			<DocumentTitle title="Progress returns to review" />
			<h1 className="govuk-heading-l">Progress returns to review</h1>
			<p className="govuk-body">
				{isAdmin ? 'Every contract’s submitted returns' : 'Submitted returns on the contracts you manage'}, oldest
				first.
			</p>
			{queue.length === 0 ? (
				<p className="govuk-body">There are no returns waiting for review.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-visually-hidden">Returns waiting for review</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Return
							</th>
							<th scope="col" className="govuk-table__header">
								Supplier
							</th>
							<th scope="col" className="govuk-table__header">
								Submitted
							</th>
							<th scope="col" className="govuk-table__header">
								Due
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{queue.map((item) => (
							<tr className="govuk-table__row" key={item.id}>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/manage/returns/${item.id}`}>
										{item.contractTitle}: {item.periodLabel}
									</a>
									<br />
									<span className="govuk-body-s">{item.contractReference}</span>
									{item.nil ? (
										<>
											{' '}
											<Tag text="Nil return" classes="govuk-tag--grey" />
										</>
									) : null}
								</td>
								<td className="govuk-table__cell">{item.organisationName}</td>
								<td className="govuk-table__cell">
									{item.submittedAt === null ? '' : formatDateTime(item.submittedAt)}
									{item.late ? (
										<>
											{' '}
											<Tag text="Late" classes="govuk-tag--red" />
										</>
									) : null}
								</td>
								<td className="govuk-table__cell">{formatCalendarDate(item.dueDate)}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</>
	)
}
