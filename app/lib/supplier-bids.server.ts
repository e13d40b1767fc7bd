import { and, desc, eq, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contracts, matrices, matrixEvents, tenders } from '#db/schema.ts'
import { orderBids } from '#app/domain/matrix/bid-next-step.ts'
import { isTender } from './tenders.server.ts'

/**
 * Every matrix an organisation has started, whatever its state, with its tender and the
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
		// A contract the council is recording directly is not a bid: the supplier never sees it being written.
		.where(and(eq(matrices.organisationId, organisationId), isTender))
		.orderBy(desc(tenders.deadlineAt))
		.all()
	return orderBids(
		rows.map((row) => ({ ...row, withdrawn: row.status === 'draft' && Boolean(row.withdrawn) })),
		now,
	)
}
