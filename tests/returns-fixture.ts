import { and, eq } from 'drizzle-orm'
import { expect } from 'vitest'
import { db } from '#db/client.server.ts'
import { progressReturns, reportingPeriods, returnLines } from '#db/schema.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { decideReturn } from '#app/lib/return-review.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { saveReturnLine } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { setUpAwardedContract } from './matrix-fixture.ts'

type AwardedContract = Awaited<ReturnType<typeof setUpAwardedContract>>

/** A request's context at an instant given in ISO 8601. */
export const at = (iso: string) => ({ ip: '127.0.0.1', now: Date.parse(iso) })

/** An answer for a commitment counted in numbers: what was delivered, on track, to publish. */
export const answeredInHours = (hundredths: number): ReturnLineEntry => ({
	deliveredHundredths: hundredths,
	deliveredText: '',
	milestoneStatus: 'on_track',
	narrative: 'Volunteers at two libraries',
	mayPublish: true,
})

/** An answer for a commitment in words. */
export const answeredInWords: ReturnLineEntry = {
	deliveredHundredths: null,
	deliveredText: 'Reading club ran monthly',
	milestoneStatus: 'met',
	narrative: '',
	mayPublish: false,
}
/** The id of a contract's reporting period, by its key such as `2027-28-H1`. */
export function periodIdOf(contractId: number, key: string) {
	return db
		.select()
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, contractId), eq(reportingPeriods.key, key)))
		.get()!.id
}

/**
 * `setUpAwardedContract`, then supplier A's return for the first half-year opened just
 * after that period ended, with its commitment counted in hours and its one in words.
 */
export async function setUpOpenReturn(reference: string, now: number) {
	const fixture = await setUpAwardedContract(reference, now)
	const opened = openReturn(fixture.supplierA, periodIdOf(fixture.contractId, '2027-28-H1'), at('2027-10-01T09:00:00Z'))
	if (!opened.ok) throw new Error(opened.message)
	const commitments = loadReturn(opened.returnId)!.commitments
	return {
		...fixture,
		returnId: opened.returnId,
		hoursCommitment: commitments.find((c) => !c.qualitative)!.id,
		textCommitment: commitments.find((c) => c.qualitative)!.id,
	}
}

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
	const opened = openReturn(on.supplierA, periodIdOf(on.contractId, key), at(iso))
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
