import { href } from 'react-router'
import { describeScoring } from '#app/domain/matrix/scoring.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { submittedCount } from '#app/lib/matrices.server.ts'
import { contractForTender } from '#app/lib/contracts.server.ts'
import { reviewList } from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { canManageTender } from '#app/lib/tenders.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { comparisonHead, comparisonRows } from './tender-matrices-rows.ts'
import type { Route } from './+types/tender-matrices.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const list = reviewList(user.organisationId, parseId(params.tenderId))
	if (!list) throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, list.tender)) throw new Response('Not yours', { status: 403 })
	const { tender } = list
	const header = {
		id: tender.id,
		title: tender.title,
		reference: tender.reference,
		weightingPercent: tender.weightingPercent,
		quantitySharePercent: tender.quantitySharePercent,
	}
	// Sealed bids: before the deadline, only how many there are.
	if (Date.now() < tender.deadlineAt)
		return { tender: header, contract: null, sealed: true as const, count: submittedCount(tender.id), rows: [] }
	return {
		tender: header,
		contract: contractForTender(tender.id) ?? null,
		sealed: false as const,
		count: list.rows.length,
		rows: list.rows.map((row) => ({
			...row,
			percent:
				tender.estimatedValuePence > 0 ? Math.round((row.totalPence * 10_000) / tender.estimatedValuePence) : null,
		})),
	}
}

export default function TenderMatrices({ loaderData }: Route.ComponentProps) {
	const { tender, sealed, rows, count, contract } = loaderData
	return (
		<>
			<BackLink href={href('/manage/tenders/:tenderId', { tenderId: String(tender.id) })} text="Back to the tender" />
			<DocumentTitle title={`Matrices for ${tender.title}`} />
			<span className="govuk-caption-l">{tender.reference}</span>
			<h1 className="govuk-heading-l">Social value matrices</h1>
			{contract ? (
				<InsetText>
					Awarded as contract{' '}
					<a className="govuk-link" href={href('/contracts/:contractId', { contractId: String(contract.id) })}>
						{contract.reference}
					</a>
					.
				</InsetText>
			) : !sealed && rows.length > 0 ? (
				<p className="govuk-body">
					Review each matrix. Once you have approved the one that wins, award the contract from its page.
				</p>
			) : null}
			{sealed ? (
				<p className="govuk-body">
					{count} {count === 1 ? 'matrix has' : 'matrices have'} been submitted. Bids are sealed until the deadline.
				</p>
			) : rows.length === 0 ? (
				<p className="govuk-body">No matrices were submitted.</p>
			) : (
				<>
					<InsetText>{describeScoring(tender).comparison}</InsetText>
					<Table
						caption="Comparison"
						captionClasses="govuk-table__caption--m"
						head={comparisonHead}
						rows={comparisonRows(rows)}
					/>
					<p className="govuk-body">
						Download the comparison as{' '}
						<a
							className="govuk-link"
							href={href('/manage/tenders/:tenderId/matrices/export/:format', {
								tenderId: String(tender.id),
								format: 'csv',
							})}
							download
						>
							CSV
						</a>{' '}
						or{' '}
						<a
							className="govuk-link"
							href={href('/manage/tenders/:tenderId/matrices/export/:format', {
								tenderId: String(tender.id),
								format: 'xlsx',
							})}
							download
						>
							Excel (.xlsx)
						</a>
						.
					</p>
				</>
			)}
		</>
	)
}
