import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import type { NextStepPage } from '#app/domain/matrix/bid-next-step.ts'
import { matrixStatusLabels, matrixStatusTagClasses } from '#app/domain/matrix/matrix-state.ts'
import { timeLeft } from '#app/domain/tenders/tender-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { listCouncils } from '#app/lib/councils.server.ts'
import { organisationBids } from '#app/lib/supplier-bids.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { Route } from './+types/bids.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const now = Date.now()
	const councils = listCouncils()
	// Where the deployment serves several councils, each bid says whose tender it is.
	const councilName = new Map(councils.map((council) => [council.id, council.name]))
	// What the supplier must still do has its time left beside its deadline.
	return {
		several: councils.length > 1,
		bids: organisationBids(user.organisationId, now).map((bid) => ({
			...bid,
			council: councilName.get(bid.tender.councilId) ?? '',
			timeLeft: bid.next.dueBy === null ? null : timeLeft(bid.next.dueBy, now),
		})),
	}
}

function nextStepHref(page: NextStepPage): string {
	return 'contractId' in page
		? href('/contracts/:contractId', { contractId: String(page.contractId) })
		: href('/matrices/:matrixId', { matrixId: String(page.matrixId) })
}

export default function YourBids({ loaderData }: Route.ComponentProps) {
	const { bids, several } = loaderData
	return (
		<>
			<DocumentTitle title="Your bids" />
			<h1 className="govuk-heading-l">Your bids</h1>
			{bids.length === 0 ? (
				<p className="govuk-body">
					Your organisation has not started a social value matrix for any tender yet. To bid, choose a tender from the{' '}
					<a className="govuk-link" href={href('/opportunities')}>
						opportunities open for bids
					</a>
					.
				</p>
			) : (
				<>
					<p className="govuk-body">
						Every social value matrix your organisation has started, what state it is in and what to do next. Those that
						need something from you come first.
					</p>
					<Table
						caption="Your organisation’s social value matrices"
						captionClasses="govuk-visually-hidden"
						head={[
							{ text: 'Tender' },
							...(several ? [{ text: 'Council' }] : []),
							{ text: 'Status' },
							{ text: 'Deadline' },
							{ text: 'Next step' },
						]}
						rows={bids.map((bid) => [
							{
								children: (
									<>
										<a
											className="govuk-link"
											href={href('/opportunities/:tenderId', { tenderId: String(bid.tender.id) })}
										>
											{bid.tender.title}
										</a>
										<br />
										<span className="govuk-body-s">{bid.tender.reference}</span>
									</>
								),
							},
							...(several ? [{ text: bid.council }] : []),
							{ children: <Tag text={matrixStatusLabels[bid.status]} classes={matrixStatusTagClasses[bid.status]} /> },
							{
								children:
									bid.status === 'changes_requested' && bid.next.dueBy !== null ? (
										<>
											Changes due by {formatDateTime(bid.next.dueBy)}
											{bid.timeLeft ? ` (${bid.timeLeft})` : null}
											<br />
											<span className="govuk-body-s">Tender closed {formatDateTime(bid.tender.deadlineAt)}</span>
										</>
									) : (
										<>
											{formatDateTime(bid.tender.deadlineAt)}
											{bid.timeLeft ? ` (${bid.timeLeft})` : null}
										</>
									),
							},
							{
								children: (
									<>
										<a className="govuk-link" href={nextStepHref(bid.next.link.to)}>
											{bid.next.link.text}
											<span className="govuk-visually-hidden"> for {bid.tender.title}</span>
										</a>
										{bid.next.note ? (
											<p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{bid.next.note}</p>
										) : null}
									</>
								),
							},
						])}
					/>
				</>
			)}
		</>
	)
}
