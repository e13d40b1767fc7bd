import { and, eq, like } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, contracts, matrices, matrixLineComments, outbox, tenders } from '#db/schema.ts'
import type { AwardDetails } from '#app/domain/contracts/award-form.ts'
import type { DirectContractForm } from '#app/domain/contracts/direct-contract-form.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import {
	day,
	hoursLine,
	matrixVersion,
	setUpMatrixTender,
	submitBidOf,
	submitBidOfA,
	textLine,
} from '#tests/matrix-fixture.ts'
import { fixtureMeasure, fixtureTender, publishedOutcomeEdition, session } from '#tests/tender-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { awardContract } from './contract-award.server.ts'
import { councilById } from './councils.server.ts'
import { confirmDirectContract } from './direct-contract-confirm.server.ts'
import { uploadDraftSpreadsheet } from './direct-contract-upload.server.ts'
import {
	createDirectDraft,
	directDraftsFor,
	discardDirectDraft,
	findDirectDraft,
	saveDraftLine,
} from './direct-contracts.server.ts'
import { enterBidderMatrix, enterableTender, enteredBidsMark } from './entered-matrices.server.ts'
import { matrixWorkbook } from './matrix-spreadsheet.server.ts'
import { addLineComment, canReviewMatrix, decideMatrix, reviewList, setQualityScore } from './matrix-review.server.ts'
import { loadBlankWorkspace, loadMatrixWorkspace } from './matrix-workspace.server.ts'
import {
	cancelTender,
	contractManagers,
	councilTender,
	getTender,
	listTendersFor,
	publishTender,
	saveTender,
} from './tenders.server.ts'

// Two councils share the deployment and its suppliers: council A is the first council, where
// the matrix fixtures work; council B is made here with its own staff, edition and tender.

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
const NAME_B = 'Northshire County Council'

let a: Awaited<ReturnType<typeof setUpMatrixTender>>
let aElsewhere: Awaited<ReturnType<typeof setUpMatrixTender>>
let aManager: SessionUser
let aMatrix: number
let aDraftTender: number
let aDirectDraft: number
let councilB: number
let bAdmin: SessionUser
let bManager: SessionUser
let bEdition: { editionId: number; measures: { id: number }[] }
let bTender: number

/** Everything council B might have touched, as it stands: compared before and after each refusal. */
function councilAState() {
	const tenderRows = db.select().from(tenders).where(eq(tenders.councilId, a.admin.organisationId)).all()
	const tenderIds = new Set(tenderRows.map((t) => t.id))
	return {
		tenders: tenderRows,
		matrices: db
			.select()
			.from(matrices)
			.all()
			.filter((m) => tenderIds.has(m.tenderId)),
		contracts: db.select().from(contracts).where(eq(contracts.councilId, a.admin.organisationId)).all(),
		comments: db.select().from(matrixLineComments).all(),
	}
}

function tenderForm(manager: SessionUser, editionId: number, measureIds: number[], change: Record<string, unknown>) {
	const deadline = toLondonDateTime(now + 10 * day)
	return TenderFormSchema.parse({
		reference: 'NEW/1',
		title: 'Street lighting',
		estimatedValue: '100000',
		contractStart: datePartsOf('2027-04-01'),
		contractEnd: datePartsOf('2029-03-31'),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(editionId),
		contractManagerId: String(manager.id),
		measureIds: measureIds.map(String),
		version: '0',
		...change,
	})
}

function directForm(editionId: number, measureIds: number[], change: Partial<DirectContractForm>): DirectContractForm {
	return {
		reference: 'DIRECT/1',
		title: 'Grounds maintenance',
		value: 250_000_00,
		startDate: '2027-04-01',
		endDate: '2029-03-31',
		cadence: 'half_yearly',
		contractManagerId: 0,
		commerciallySensitive: false,
		supplierId: String(a.supplierB.organisationId),
		supplierName: '',
		registrationNumber: null,
		supplierType: undefined,
		contactName: '',
		contactEmail: '',
		editionId,
		measureIds,
		...change,
	}
}

const awardDetails = (reference: string, contractManagerId: number): AwardDetails => ({
	reference,
	title: 'Library cleaning',
	value: 100_000_00,
	startDate: '2027-04-01',
	endDate: '2029-03-31',
	cadence: 'half_yearly',
	contractManagerId,
	commerciallySensitive: false,
})

beforeAll(async () => {
	a = await setUpMatrixTender('CA/1', now)
	aElsewhere = await setUpMatrixTender('CA/2', now)
	db.update(tenders).set({ bidding: 'elsewhere' }).where(eq(tenders.id, aElsewhere.tenderId)).run()
	aManager = session(
		await createUser(db, { organisationId: a.admin.organisationId, role: 'contract_manager', passwordHash: 'x' }),
	)
	aMatrix = submitBidOfA(a, ctx)
	aDraftTender = fixtureTender(
		a.admin,
		{
			reference: 'CA/DRAFT',
			title: 'Parks',
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			editionId: getTender(a.tenderId)!.editionId,
			measureIds: [a.hoursMeasure],
			publish: false,
		},
		ctx,
	)
	const draft = createDirectDraft(
		a.admin,
		directForm(getTender(a.tenderId)!.editionId, [a.hoursMeasure], { contractManagerId: a.admin.id }),
		ctx,
	)
	if (!draft.ok) throw new Error(draft.message)
	aDirectDraft = draft.matrixId

	councilB = createOrganisation(db, { kind: 'council', name: NAME_B }).id
	bAdmin = session(await createUser(db, { organisationId: councilB, role: 'admin', passwordHash: 'x' }))
	bManager = session(await createUser(db, { organisationId: councilB, role: 'contract_manager', passwordHash: 'x' }))
	bEdition = publishedOutcomeEdition(
		bAdmin,
		{ edition: 'Northshire 2027', theme: 'Communities', outcome: 'Volunteering' },
		[fixtureMeasure('N-1', 'Volunteering hours', 'hours', 1693), fixtureMeasure('N-2', 'How', 'text', null)],
		ctx,
	)
	// The same reference as council A's tender: references are each council's own.
	bTender = fixtureTender(
		bManager,
		{
			reference: 'CA/1',
			title: 'Highways',
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			editionId: bEdition.editionId,
			measureIds: bEdition.measures.map((m) => m.id),
		},
		ctx,
	)
})

describe('council B’s staff and council A’s tenders', () => {
	test('lists show only their own council’s tenders, drafts, bids and staff', () => {
		for (const user of [bAdmin, bManager]) {
			const ids = listTendersFor(user).map((t) => t.id)
			expect(ids).not.toContain(a.tenderId)
			expect(ids).not.toContain(aDraftTender)
			expect(reviewList(user.organisationId, a.tenderId)).toBeNull()
			expect(directDraftsFor(user.organisationId, null).map((d) => d.matrixId)).not.toContain(aDirectDraft)
		}
		expect(listTendersFor(bAdmin).map((t) => t.id)).toEqual([bTender])
		expect(listTendersFor(a.admin).map((t) => t.id)).not.toContain(bTender)
		expect(directDraftsFor(a.admin.organisationId, null).map((d) => d.matrixId)).toContain(aDirectDraft)

		const staffB = contractManagers(councilB).map((m) => m.id)
		expect(staffB.sort()).toEqual([bAdmin.id, bManager.id].sort())
		const staffA = contractManagers(a.admin.organisationId).map((m) => m.id)
		expect(staffA).toContain(aManager.id)
		expect(staffA).not.toContain(bAdmin.id)
		expect(staffA).not.toContain(bManager.id)
	})

	test('reading council A’s tender, bid or draft finds nothing', () => {
		const later = now + 11 * day
		for (const user of [bAdmin, bManager]) {
			expect(councilTender(user, a.tenderId)).toBeUndefined()
			expect(canReviewMatrix(user, aMatrix, later)).toMatchObject({ ok: false, status: 404 })
			expect(findDirectDraft(user, aDirectDraft)).toMatchObject({ ok: false, status: 404 })
			expect(enterableTender(user, aElsewhere.tenderId)).toMatchObject({ ok: false, status: 404 })
		}
		expect(councilTender(a.admin, a.tenderId)?.id).toBe(a.tenderId)
		expect(councilTender(a.admin, bTender)).toBeUndefined()
	})

	test('changing, publishing or cancelling council A’s tenders is refused as not found and changes nothing', () => {
		const before = councilAState()
		const open = getTender(a.tenderId)!
		const draft = getTender(aDraftTender)!
		for (const user of [bAdmin, bManager]) {
			const form = tenderForm(user, bEdition.editionId, [bEdition.measures[0]!.id], {
				reference: 'TAKEN/1',
				version: String(open.version),
				amendmentReason: 'Moved',
			})
			expect(saveTender(user, a.tenderId, form, ctx)).toMatchObject({ ok: false, status: 404 })
			expect(saveTender(user, aDraftTender, { ...form, version: draft.version }, ctx)).toMatchObject({
				ok: false,
				status: 404,
			})
			expect(publishTender(user, aDraftTender, draft.version, ctx, { shortPeriod: true })).toMatchObject({
				ok: false,
				status: 404,
			})
			expect(cancelTender(user, a.tenderId, open.version, 'Not needed', ctx)).toMatchObject({
				ok: false,
				status: 404,
			})
		}
		expect(councilAState()).toEqual(before)
	})

	test('reviewing, scoring, commenting on, deciding or awarding council A’s bid is refused and changes nothing', () => {
		const later = { ...ctx, now: a.deadlineAt + day }
		const before = councilAState()
		for (const user of [bAdmin, bManager]) {
			const version = matrixVersion(aMatrix)
			expect(setQualityScore(user, { matrixId: aMatrix, score: 90, version }, later)).toMatchObject({
				ok: false,
				status: 404,
			})
			expect(
				addLineComment(user, { matrixId: aMatrix, measureId: a.hoursMeasure, body: 'Too few hours' }, later),
			).toMatchObject({ ok: false, status: 404 })
			for (const decision of ['approve', 'reject', 'request_changes'] as const)
				expect(
					decideMatrix(
						user,
						{ matrixId: aMatrix, decision, reason: 'No', version, clarificationDueAt: later.now + 5 * day },
						later,
					),
				).toMatchObject({ ok: false, status: 404 })
		}
		expect(councilAState()).toEqual(before)

		// Approved by its own council, it still cannot be awarded by another's.
		expect(
			decideMatrix(
				a.admin,
				{ matrixId: aMatrix, decision: 'approve', reason: '', version: matrixVersion(aMatrix) },
				later,
			),
		).toEqual({ ok: true })
		const approved = councilAState()
		for (const user of [bAdmin, bManager])
			expect(
				awardContract(
					user,
					{ matrixId: aMatrix, version: matrixVersion(aMatrix), details: awardDetails('CA/1/C', bAdmin.id) },
					later,
				),
			).toMatchObject({ ok: false, status: 404 })
		expect(councilAState()).toEqual(approved)
	})

	test('entering a bid for council A’s tender run elsewhere is refused and changes nothing', async () => {
		const blank = loadBlankWorkspace(aElsewhere.tenderId)!
		const answers = [hoursLine, textLine]
		const bytes = new Uint8Array(
			await matrixWorkbook({ ...blank, lines: blank.lines.map((line, i) => ({ ...line, entry: answers[i]! })) }),
		)
		const before = councilAState()
		for (const user of [bAdmin, bManager])
			expect(
				await enterBidderMatrix(
					user,
					{
						tenderId: aElsewhere.tenderId,
						bidder: { kind: 'existing', organisationId: a.supplierA.organisationId },
						bytes,
						declarationsConfirmed: true,
						seenMark: enteredBidsMark(aElsewhere.tenderId),
					},
					ctx,
				),
			).toMatchObject({ ok: false, status: 404 })
		expect(councilAState()).toEqual(before)
	})

	test('typing, uploading, discarding or confirming council A’s contract being recorded is refused', async () => {
		const workspace = loadMatrixWorkspace(aDirectDraft)!
		const bytes = new Uint8Array(
			await matrixWorkbook({ ...workspace, lines: workspace.lines.map((line) => ({ ...line, entry: hoursLine })) }),
		)
		const before = councilAState()
		for (const user of [bAdmin, bManager]) {
			const version = matrixVersion(aDirectDraft)
			expect(
				saveDraftLine(user, { matrixId: aDirectDraft, measureId: a.hoursMeasure, version, entry: hoursLine }, ctx),
			).toMatchObject({ ok: false, status: 404 })
			expect(await uploadDraftSpreadsheet(user, { matrixId: aDirectDraft, version, bytes }, ctx)).toMatchObject({
				ok: false,
				status: 404,
			})
			expect(discardDirectDraft(user, { matrixId: aDirectDraft, version }, ctx)).toMatchObject({
				ok: false,
				status: 404,
			})
			expect(
				confirmDirectContract(user, { matrixId: aDirectDraft, version, commerciallySensitive: false }, ctx),
			).toMatchObject({ ok: false, status: 404 })
		}
		expect(councilAState()).toEqual(before)
	})
})

describe('each council’s own staff, editions and references', () => {
	test('a tender’s manager must be staff of the tender’s council', () => {
		const form = tenderForm(bManager, getTender(a.tenderId)!.editionId, [a.hoursMeasure], { reference: 'CA/NEW' })
		expect(saveTender(a.admin, null, form, ctx)).toMatchObject({
			ok: false,
			problems: [{ field: 'contractManagerId' }],
		})
		// Nor may council B use council A's edition.
		const own = tenderForm(bManager, getTender(a.tenderId)!.editionId, [a.hoursMeasure], { reference: 'NB/NEW' })
		const refused = saveTender(bAdmin, null, own, ctx)
		expect(refused.ok).toBe(false)
		expect(db.select().from(tenders).where(like(tenders.reference, '%/NEW')).all()).toEqual([])

		const direct = directForm(getTender(a.tenderId)!.editionId, [a.hoursMeasure], {
			reference: 'CA/DIRECT/2',
			contractManagerId: bManager.id,
		})
		expect(createDirectDraft(a.admin, direct, ctx)).toMatchObject({ ok: false, field: 'contractManagerId' })
		expect(createDirectDraft(bAdmin, { ...direct, contractManagerId: bManager.id }, ctx)).toMatchObject({
			ok: false,
			field: 'editionId',
		})
	})

	test('a tender’s reference may repeat across councils but not within one', () => {
		expect(getTender(bTender)!.reference).toBe(getTender(a.tenderId)!.reference)
		const again = tenderForm(bManager, bEdition.editionId, [bEdition.measures[0]!.id], { reference: 'ca/1' })
		expect(saveTender(bManager, null, again, ctx)).toMatchObject({
			ok: false,
			problems: [{ field: 'reference', message: 'Another tender already has this reference' }],
		})
		const direct = directForm(bEdition.editionId, [bEdition.measures[0]!.id], { reference: 'CA/DRAFT' })
		const recorded = createDirectDraft(bManager, direct, ctx)
		expect(recorded).toMatchObject({ ok: true })
		expect(createDirectDraft(bManager, { ...direct, reference: 'ca/1' }, ctx)).toMatchObject({
			ok: false,
			field: 'reference',
		})
		if (recorded.ok)
			expect(
				discardDirectDraft(bManager, { matrixId: recorded.matrixId, version: matrixVersion(recorded.matrixId) }, ctx),
			).toEqual({ ok: true })
	})

	test('an award names the council’s own staff as contract manager', () => {
		const fixture = {
			...a,
			tenderId: bTender,
			hoursMeasure: bEdition.measures[0]!.id,
			textMeasure: bEdition.measures[1]!.id,
		}
		const matrixId = submitBidOf(fixture, a.supplierB, ctx)
		const later = { ...ctx, now: getTender(bTender)!.deadlineAt + day }
		expect(
			decideMatrix(bManager, { matrixId, decision: 'approve', reason: '', version: matrixVersion(matrixId) }, later),
		).toEqual({ ok: true })
		expect(
			awardContract(
				bManager,
				{ matrixId, version: matrixVersion(matrixId), details: awardDetails('NB/C', aManager.id) },
				later,
			),
		).toMatchObject({ ok: false, field: 'contractManagerId' })
		expect(db.select().from(contracts).where(eq(contracts.tenderId, bTender)).all()).toEqual([])
	})
})

describe('what a supplier’s bid causes carries the tender’s council', () => {
	test('emails name the tender’s council and are its mail; audit events are its events', () => {
		const mail = (prefix: string) =>
			db
				.select()
				.from(outbox)
				.where(like(outbox.dedupeKey, `${prefix}%`))
				.all()
		const bMatrix = db
			.select()
			.from(matrices)
			.where(and(eq(matrices.tenderId, bTender), eq(matrices.organisationId, a.supplierB.organisationId)))
			.get()!
		const nameA = councilById(a.admin.organisationId)!.name

		const submittedB = mail(`matrix-submitted:${bMatrix.id}:`)
		expect(submittedB.length).toBeGreaterThan(0)
		const decidedB = mail(`matrix-decision:${bMatrix.id}:`)
		expect(decidedB.length).toBeGreaterThan(0)
		for (const message of [...submittedB, ...decidedB]) {
			expect(message.councilId).toBe(councilB)
			expect(message.html).toContain(NAME_B)
		}
		for (const message of mail(`matrix-received:${bMatrix.id}:`)) {
			expect(message).toMatchObject({ councilId: councilB, to: bManager.email })
			expect(message.html).toContain(NAME_B)
		}

		const submittedA = mail(`matrix-submitted:${aMatrix}:`)
		expect(submittedA.length).toBeGreaterThan(0)
		for (const message of submittedA) {
			expect(message.councilId).toBe(a.admin.organisationId)
			expect(message.html).toContain(nameA)
			expect(message.html).not.toContain(NAME_B)
		}

		const events = (subjectId: number) =>
			db
				.select({ action: auditEvents.action, councilId: auditEvents.councilId })
				.from(auditEvents)
				.where(and(eq(auditEvents.subjectType, 'matrix'), eq(auditEvents.subjectId, String(subjectId))))
				.all()
		expect(events(bMatrix.id).map((e) => e.action)).toEqual(
			expect.arrayContaining(['matrix_started', 'matrix_submitted', 'matrix_decided']),
		)
		for (const event of events(bMatrix.id)) expect(event.councilId).toBe(councilB)
		for (const event of events(aMatrix)) expect(event.councilId).toBe(a.admin.organisationId)
		const tenderEvents = db
			.select({ councilId: auditEvents.councilId })
			.from(auditEvents)
			.where(and(eq(auditEvents.subjectType, 'tender'), eq(auditEvents.subjectId, String(bTender))))
			.all()
		expect(tenderEvents.length).toBeGreaterThan(0)
		for (const event of tenderEvents) expect(event.councilId).toBe(councilB)
	})

	test('an award’s emails are the tender’s council’s, under its name', () => {
		const bMatrix = db
			.select()
			.from(matrices)
			.where(and(eq(matrices.tenderId, bTender), eq(matrices.organisationId, a.supplierB.organisationId)))
			.get()!
		const later = { ...ctx, now: getTender(bTender)!.deadlineAt + day }
		const awarded = awardContract(
			bAdmin,
			{ matrixId: bMatrix.id, version: matrixVersion(bMatrix.id), details: awardDetails('NB/C', bManager.id) },
			later,
		)
		if (!awarded.ok) throw new Error(awarded.message)
		expect(db.select().from(contracts).where(eq(contracts.id, awarded.contractId)).get()!.councilId).toBe(councilB)
		const sent = db
			.select()
			.from(outbox)
			.where(like(outbox.dedupeKey, `contract-%:${awarded.contractId}:%`))
			.all()
		// The winner's members, and the manager named by someone else.
		expect(sent.map((m) => m.to)).toEqual(expect.arrayContaining([a.supplierB.email, bManager.email]))
		for (const message of sent) {
			expect(message.councilId).toBe(councilB)
			expect(message.html).toContain(NAME_B)
		}
		const audit = db
			.select({ councilId: auditEvents.councilId })
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'contract_awarded'), eq(auditEvents.subjectId, String(awarded.contractId))))
			.get()
		expect(audit?.councilId).toBe(councilB)
	})
})
