import { and, desc, eq, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contracts, matrices, matrixEvents, tenders } from '#db/schema.ts'
import { orderBids } from '#app/domain/matrix/bid-next-step.ts'

/**
 * Every matrix an organisation has started in this portal, whatever its state, with its tender and the
 * next step for it: one query. Only the organisation's own: the condition on the
 * organisation is what keeps one supplier's bids from another.
 */
export function organisationBids(organisationId: number, now: number) {
	const rows = db
		.select({
			matrixId: matrices.id,
			status: matrices.status,
			clarificationDueAt: matrices.clarificationDueAt,
			// Withdrawing is the only way from submitted back to draft.
			withdrawn: sql<number>`exists (select 1 from ${matrixEvents} where ${matrixEvents.matrixId} = ${matrices.id} and ${matrixEvents.fromStatus} = 'submitted' and ${matrixEvents.toStatus} = 'draft')`,
			tender: {
				id: tenders.id,
				councilId: tenders.councilId,
				reference: tenders.reference,
				title: tenders.title,
				status: tenders.status,
				deadlineAt: tenders.deadlineAt,
			},
			contractId: contracts.id,
		})
		.from(matrices)
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.leftJoin(
			contracts,
			and(eq(contracts.matrixId, matrices.id), eq(contracts.organisationId, matrices.organisationId)),
		)
		// Only bids made in this portal: the supplier never sees a contract the council is recording
		// being written, and a bid entered from another system is answered there.
		.where(and(eq(matrices.organisationId, organisationId), eq(tenders.bidding, 'portal')))
		.orderBy(desc(tenders.deadlineAt))
		.all()
	return orderBids(
		rows.map((row) => ({ ...row, withdrawn: row.status === 'draft' && Boolean(row.withdrawn) })),
		now,
	)
}
