import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { Button } from './govuk/button.tsx'
import { escapeHtml } from './govuk/shared.ts'
import { Table } from './govuk/table.tsx'

type EnteredBid = {
	matrixId: number
	status: MatrixStatus
	bidder: string
	enteredBy: string | null
	enteredAt: number
}

/**
 * The bids a contract manager entered for a tender run in another system: who bid, who
 * entered each and when, and, once the deadline has passed, the way to review them.
 */
export function BidsEntered({
	tenderId,
	bids,
	canEnter,
	closed,
}: {
	tenderId: number
	bids: EnteredBid[]
	canEnter: boolean
	closed: boolean
}) {
	const id = String(tenderId)
	return (
		<>
			<h2 className="govuk-heading-m">Bids entered</h2>
			<p className="govuk-body">
				Bids for this tender are received in another system. Enter each bidder’s social value matrix here from the
				spreadsheet they sent;{' '}
				<a className="govuk-link" href={href('/manage/tenders/:tenderId/matrix-template', { tenderId: id })} download>
					download the blank matrix spreadsheet
				</a>{' '}
				to send to bidders.
			</p>
			{bids.length === 0 ? (
				<p className="govuk-body">No bids have been entered yet.</p>
			) : (
				<Table
					caption="Bids entered"
					captionClasses="govuk-visually-hidden"
					head={[{ text: 'Bidder' }, { text: 'Entered by' }, { text: 'When' }, { text: 'Status' }]}
					rows={bids.map((bid) => [
						closed
							? {
									html: `<a class="govuk-link" href="${href('/manage/matrices/:matrixId', { matrixId: String(bid.matrixId) })}">${escapeHtml(bid.bidder)}</a>`,
								}
							: { text: bid.bidder },
						{ text: bid.enteredBy ?? 'The bidder, in this portal' },
						{ text: formatDateTime(bid.enteredAt) },
						{ text: matrixStatusLabels[bid.status] },
					])}
				/>
			)}
			{closed && bids.length > 0 ? (
				<p className="govuk-body">
					<a className="govuk-link" href={href('/manage/tenders/:tenderId/matrices', { tenderId: id })}>
						Review and compare the matrices
					</a>
				</p>
			) : null}
			{canEnter ? (
				<Button
					text="Add a bidder’s matrix"
					href={href('/manage/tenders/:tenderId/bids/new', { tenderId: id })}
					classes="govuk-button--secondary"
				/>
			) : null}
		</>
	)
}
