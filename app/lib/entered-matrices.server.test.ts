import { and, eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { auditEvents, matrices, matrixEvents, matrixLines, organisations, tenders, users } from '#db/schema.ts'
import {
	addContractManager,
	day,
	hoursLine,
	matrixVersion,
	setUpMatrixTender,
	textLine,
} from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { enteredBids, enterBidderMatrix, enteredBidsMark, matrixEntry, type Bidder } from './entered-matrices.server.ts'
import { getOwnMatrix, startMatrix } from './matrices.server.ts'
import { decideMatrix } from './matrix-review.server.ts'
import { BID_ELSEWHERE_WITHDRAW, withdrawMatrix } from './matrix-submission.server.ts'
import { matrixWorkbook } from './matrix-spreadsheet.server.ts'
import { loadBlankWorkspace } from './matrix-workspace.server.ts'
import { organisationBids } from './supplier-bids.server.ts'
import { dueDatesFor } from './due-dates.server.ts'
import { runReminders } from './reminders.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpMatrixTender>>
let portal: Awaited<ReturnType<typeof setUpMatrixTender>>

beforeAll(async () => {
	fixture = await setUpMatrixTender('EL/1', now)
	db.update(tenders).set({ bidding: 'elsewhere' }).where(eq(tenders.id, fixture.tenderId)).run()
	portal = await setUpMatrixTender('EL/2', now)
})

/** The tender's blank workbook filled in as a bidder would: `quantity` hours for V-1. */
async function bidderFile(tenderId: number, quantityHundredths = hoursLine.quantityHundredths) {
	const blank = loadBlankWorkspace(tenderId)!
	const milestones = [hoursLine.milestones[0]!, { date: '2029-03-31', cumulativeHundredths: quantityHundredths! }]
	const answers = [{ ...hoursLine, quantityHundredths, milestones }, textLine]
	return new Uint8Array(
		await matrixWorkbook({ ...blank, lines: blank.lines.map((line, i) => ({ ...line, entry: answers[i]! })) }),
	)
}

const orgOf = (user: SessionUser): Bidder => ({ kind: 'existing', organisationId: user.organisationId })

async function enter(
	bidder: Bidder,
	bytes: Uint8Array,
	options: { user?: SessionUser; at?: number; tenderId?: number; seenMark?: string } = {},
) {
	const tenderId = options.tenderId ?? fixture.tenderId
	return enterBidderMatrix(
		options.user ?? fixture.admin,
		{
			tenderId,
			bidder,
			bytes,
			declarationsConfirmed: true,
			seenMark: options.seenMark ?? enteredBidsMark(tenderId),
		},
		{ ...ctx, now: options.at ?? now },
	)
}

test('a bidder’s matrix is entered as submitted, with who entered it, its history and audit', async () => {
	const entered = await enter(orgOf(fixture.supplierA), await bidderFile(fixture.tenderId))
	if (!entered.ok) throw new Error(JSON.stringify(entered))
	expect(entered.step).toBe('create')
	const matrix = db.select().from(matrices).where(eq(matrices.id, entered.matrixId)).get()!
	expect(matrix).toMatchObject({
		status: 'submitted',
		submittedAt: now,
		declarationsConfirmedAt: now,
		enteredByUserId: fixture.admin.id,
		organisationId: fixture.supplierA.organisationId,
	})
	expect(db.select().from(matrixLines).where(eq(matrixLines.matrixId, matrix.id)).all()).toHaveLength(2)
	const bidder = db.select().from(organisations).where(eq(organisations.id, matrix.organisationId)).get()!.name
	expect(db.select().from(matrixEvents).where(eq(matrixEvents.matrixId, matrix.id)).all()).toEqual([
		expect.objectContaining({
			fromStatus: null,
			toStatus: 'submitted',
			byUserId: fixture.admin.id,
			reason: `Entered by ${fixture.admin.name} for ${bidder}`,
		}),
	])
	expect(
		db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'matrix_entered'), eq(auditEvents.subjectId, String(matrix.id))))
			.all(),
	).toHaveLength(1)
	expect(matrixEntry(matrix.id)).toEqual({ officer: fixture.admin.name, bidder })
	expect(enteredBids(fixture.tenderId)).toEqual([
		expect.objectContaining({ matrixId: matrix.id, bidder, enteredBy: fixture.admin.name, enteredAt: now }),
	])

	// The bidder's own people see it; another supplier never does, and it is not among their bids here.
	expect(getOwnMatrix(fixture.supplierA, matrix.id)?.id).toBe(matrix.id)
	expect(getOwnMatrix(fixture.supplierB, matrix.id)).toBeUndefined()
	expect(organisationBids(fixture.supplierA.organisationId, now)).toEqual([])
	// Nor can the bidder withdraw it here: the bid lives in the other system.
	expect(withdrawMatrix(fixture.supplierA, { matrixId: matrix.id, version: matrixVersion(matrix.id) }, ctx)).toEqual({
		ok: false,
		message: BID_ELSEWHERE_WITHDRAW,
	})
})

test('a second upload replaces the lines while submitted, and is refused once review starts', async () => {
	const again = await enter(orgOf(fixture.supplierA), await bidderFile(fixture.tenderId, 300_00), { at: now + 1 })
	if (!again.ok) throw new Error(JSON.stringify(again))
	expect(again.step).toBe('replace')
	const hours = db
		.select()
		.from(matrixLines)
		.where(and(eq(matrixLines.matrixId, again.matrixId), eq(matrixLines.measureId, fixture.hoursMeasure)))
		.get()!
	expect(hours.quantityHundredths).toBe(300_00)
	expect(db.select().from(matrices).where(eq(matrices.tenderId, fixture.tenderId)).all()).toHaveLength(1)
	expect(
		db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'matrix_entered'), eq(auditEvents.subjectId, String(again.matrixId))))
			.all(),
	).toHaveLength(2)

	const after = { ...ctx, now: fixture.deadlineAt + day }
	expect(
		decideMatrix(
			fixture.admin,
			{
				matrixId: again.matrixId,
				decision: 'request_changes',
				reason: 'Add a milestone',
				version: matrixVersion(again.matrixId),
				clarificationDueAt: after.now + 5 * day,
			},
			after,
		),
	).toEqual({ ok: true })
	// supplierA's organisation has active members: they answer the changes themselves.
	const claimed = await enter(orgOf(fixture.supplierA), await bidderFile(fixture.tenderId), { at: after.now + 1 })
	expect(claimed).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('claimed') }] })
})

test('a replacement from a page loaded before another officer’s entry is refused and changes nothing', async () => {
	const bidder: Bidder = {
		kind: 'new',
		supplier: {
			name: 'Two Officers Ltd',
			registrationNumber: null,
			supplierType: 'sme',
			contactName: 'Sam Contact',
			contactEmail: 'sam@two-officers.example',
		},
	}
	const first = await enter(bidder, await bidderFile(fixture.tenderId, 200_00))
	if (!first.ok) throw new Error(JSON.stringify(first))
	const organisationId = db.select().from(matrices).where(eq(matrices.id, first.matrixId)).get()!.organisationId
	const seenByBoth = enteredBidsMark(fixture.tenderId)
	const existing: Bidder = { kind: 'existing', organisationId }
	const byOne = await enter(existing, await bidderFile(fixture.tenderId, 250_00), { seenMark: seenByBoth })
	expect(byOne).toMatchObject({ ok: true, step: 'replace' })
	const before = db.select().from(matrices).where(eq(matrices.id, first.matrixId)).get()!
	const byOther = await enter(existing, await bidderFile(fixture.tenderId, 999_00), { seenMark: seenByBoth })
	expect(byOther).toMatchObject({
		ok: false,
		status: 409,
		problems: [{ message: expect.stringContaining('while you were on this page') }],
	})
	expect(db.select().from(matrices).where(eq(matrices.id, first.matrixId)).get()).toEqual(before)
	const hours = db
		.select()
		.from(matrixLines)
		.where(and(eq(matrixLines.matrixId, first.matrixId), eq(matrixLines.measureId, fixture.hoursMeasure)))
		.get()!
	expect(hours.quantityHundredths).toBe(250_00)
})

test('changes asked of a bidder nobody has claimed are answered by the manager’s corrected file', async () => {
	const before = db.select().from(organisations).all().length
	const added = await enter(
		{
			kind: 'new',
			supplier: {
				name: 'Unclaimed Bidder Ltd',
				registrationNumber: '09876543',
				supplierType: 'sme',
				contactName: 'Una Contact',
				contactEmail: 'una@unclaimed.example',
			},
		},
		await bidderFile(fixture.tenderId),
	)
	if (!added.ok) throw new Error(JSON.stringify(added))
	expect(db.select().from(organisations).all()).toHaveLength(before + 1)
	const matrix = db.select().from(matrices).where(eq(matrices.id, added.matrixId)).get()!
	const contact = db.select().from(users).where(eq(users.organisationId, matrix.organisationId)).get()!
	expect(contact).toMatchObject({ email: 'una@unclaimed.example', status: 'invited' })

	// Adding the same organisation again is refused, nothing is created.
	const twice = await enter(
		{
			kind: 'new',
			supplier: {
				name: 'unclaimed bidder ltd',
				registrationNumber: null,
				supplierType: null,
				contactName: 'X',
				contactEmail: 'x@unclaimed.example',
			},
		},
		await bidderFile(fixture.tenderId),
	)
	expect(twice).toMatchObject({ ok: false, field: 'name' })
	expect(db.select().from(organisations).all()).toHaveLength(before + 1)

	const after = { ...ctx, now: fixture.deadlineAt + day }
	decideMatrix(
		fixture.admin,
		{
			matrixId: matrix.id,
			decision: 'request_changes',
			reason: 'More hours',
			version: matrixVersion(matrix.id),
			clarificationDueAt: after.now + 5 * day,
		},
		after,
	)
	const corrected = await enter(
		{ kind: 'existing', organisationId: matrix.organisationId },
		await bidderFile(fixture.tenderId, 250_00),
		{
			at: after.now + 1,
		},
	)
	expect(corrected).toMatchObject({ ok: true, step: 'resubmit' })
	expect(db.select().from(matrices).where(eq(matrices.id, matrix.id)).get()!.status).toBe('resubmitted')
})

test('refusals change nothing: not the manager, a portal tender, a file with mistakes', async () => {
	const count = () => db.select().from(matrices).all().length
	const before = count()
	const other = await addContractManager(fixture)
	expect(await enter(orgOf(fixture.supplierB), await bidderFile(fixture.tenderId), { user: other })).toMatchObject({
		ok: false,
		status: 403,
	})
	expect(
		await enter(orgOf(fixture.supplierB), await bidderFile(portal.tenderId), {
			user: portal.admin,
			tenderId: portal.tenderId,
		}),
	).toMatchObject({
		ok: false,
		problems: [{ message: expect.stringContaining('made in this portal') }],
	})
	const blank = new Uint8Array(await matrixWorkbook(loadBlankWorkspace(fixture.tenderId)!))
	const incomplete = await enter(orgOf(fixture.supplierB), blank)
	expect(incomplete).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('Complete V-1') }, {}] })
	const notAWorkbook = await enter(orgOf(fixture.supplierB), new TextEncoder().encode('hello'))
	expect(notAWorkbook).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('Excel workbook') }] })
	expect(count()).toBe(before)
})

test('a supplier cannot start a matrix for a tender whose bids go elsewhere', () => {
	expect(startMatrix(fixture.supplierB, fixture.tenderId, ctx)).toEqual({
		ok: false,
		message: expect.stringContaining('e-tendering system'),
	})
})

test('a tender whose bids go elsewhere sends no deadline reminders and is no supplier’s due date', () => {
	const { matrixId } = startMatrix(portal.supplierA, portal.tenderId, ctx) as { matrixId: number }
	const bidding = (mode: 'portal' | 'elsewhere') =>
		db.update(tenders).set({ bidding: mode }).where(eq(tenders.id, portal.tenderId)).run()
	const tenderDue = () =>
		dueDatesFor(portal.supplierA, now).filter((due) => due.kind === 'tender' && due.tender.id === portal.tenderId)
	bidding('elsewhere')
	expect(runReminders(portal.deadlineAt - 2 * day).tenders).toBe(0)
	expect(tenderDue()).toEqual([])
	bidding('portal')
	expect(tenderDue()).toEqual([expect.objectContaining({ matrixId })])
	expect(runReminders(portal.deadlineAt - 2 * day).tenders).toBe(2)
})
