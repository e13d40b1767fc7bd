import { and, eq } from 'drizzle-orm'
import { expect } from 'vitest'
import { db } from '#db/client.server.ts'
import { progressReturns, reportingPeriods, returnLines } from '#db/schema.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { decideReturn } from '#app/lib/return-review.server.ts'
import { loadReturn, openReturn, saveReturnLine, submitReturn } from '#app/lib/returns.server.ts'
import type { setUpAwardedContract } from './matrix-fixture.ts'

type AwardedContract = Awaited<ReturnType<typeof setUpAwardedContract>>

const at = (iso: string) => ({ ip: '127.0.0.1', now: Date.parse(iso) })
export const returnVersion = (id: number) =>
	db.select().from(progressReturns).where(eq(progressReturns.id, id)).get()!.version
const hours = (h: number): ReturnLineEntry => ({
	deliveredHundredths: h * 100,
	deliveredText: '',
	milestoneStatus: 'on_track',
	narrative: '',
	mayPublish: false,
})
const words: ReturnLineEntry = {
	deliveredHundredths: null,
	deliveredText: 'Club running',
	milestoneStatus: 'met',
	narrative: '',
	mayPublish: false,
}

/**
 * Files the return for a period of a `setUpAwardedContract` contract, with these hours
 * against the hours commitment and words against the other, and takes it to `outcome`.
 */
export function fileReturn(
	on: AwardedContract,
	key: string,
	delivered: number,
	outcome: 'approved' | 'returned' | 'draft',
	iso: string,
): number {
	const periodId = db
		.select()
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, on.contractId), eq(reportingPeriods.key, key)))
		.get()!.id
	const opened = openReturn(on.supplierA, periodId, at(iso))
	if (!opened.ok) throw new Error(opened.message)
	const commitments = loadReturn(opened.returnId)!.commitments
	saveReturnLine(
		on.supplierA,
		{
			returnId: opened.returnId,
			commitmentId: commitments.find((c) => !c.qualitative)!.id,
			version: returnVersion(opened.returnId),
			entry: hours(delivered),
		},
		at(iso),
	)
	saveReturnLine(
		on.supplierA,
		{
			returnId: opened.returnId,
			commitmentId: commitments.find((c) => c.qualitative)!.id,
			version: returnVersion(opened.returnId),
			entry: words,
		},
		at(iso),
	)
	if (outcome === 'draft') return opened.returnId
	expect(
		submitReturn(on.supplierA, { returnId: opened.returnId, version: returnVersion(opened.returnId) }, at(iso)),
	).toEqual({ ok: true })
	const decision = outcome === 'approved' ? 'approve' : 'return'
	expect(
		decideReturn(
			on.admin,
			{ returnId: opened.returnId, decision, reason: 'Check the figures', version: returnVersion(opened.returnId) },
			at(iso),
		),
	).toEqual({ ok: true })
	return opened.returnId
}

/** Puts `narrative` on every line of a return, as an account its supplier agreed the council may publish. */
export function publishAccount(returnId: number, narrative: string) {
	db.update(returnLines).set({ narrative, mayPublish: true }).where(eq(returnLines.returnId, returnId)).run()
}
