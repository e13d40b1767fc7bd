import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, tenderAmendments, tenders } from '#db/schema.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import type { SessionUser } from './auth.server.ts'
import {
	cancelTender,
	countOpenOpportunities,
	getTender,
	openOpportunities,
	publishTender,
	saveTender,
} from './tenders.server.ts'
import { getSettings, saveSettings } from './settings.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from './toms-editions.server.ts'
import { getEdition, loadEditionTree } from './toms-queries.server.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'

const day = 86_400_000
const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let owner: SessionUser
let otherManager: SessionUser
let admin: SessionUser
let editionId: number
let measureIds: number[]

function sessionUser(row: {
	id: number
	email: string
	name: string
	role: SessionUser['role']
	organisationId: number
}): SessionUser {
	return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
}

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	owner = sessionUser(await createUser(db, { organisationId: council.id, role: 'contract_manager', passwordHash: 'x' }))
	otherManager = sessionUser(
		await createUser(db, { organisationId: council.id, role: 'contract_manager', passwordHash: 'x' }),
	)
	admin = sessionUser(await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' }))
	const created = createEdition(admin, { name: 'E', description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	editionId = created.editionId
	replaceEditionContent(
		admin,
		editionId,
		{
			themes: [
				{
					name: 'T',
					outcomes: [
						{
							name: 'O',
							measures: ['A-1', 'A-2'].map((code) => ({
								code,
								title: code,
								unit: 'hours' as const,
								proxyValuePence: 100,
								guidance: '',
								evidenceGuidance: '',
								priorityCodes: [],
							})),
						},
					],
				},
			],
		},
		ctx,
	)
	publishEdition(admin, editionId, getEdition(editionId)!.version, ctx)
	measureIds = loadEditionTree(editionId).themes[0]!.outcomes[0]!.measures.map((m) => m.id)
})

let n = 0
function form(change: Record<string, unknown> = {}) {
	n++
	const deadline = toLondonDateTime(now + 10 * day)
	return TenderFormSchema.parse({
		reference: `T-${n}`,
		title: 'Cleaning',
		estimatedValue: '100000',
		contractStart: datePartsOf('2027-04-01'),
		contractEnd: datePartsOf('2029-03-31'),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(editionId),
		contractManagerId: String(owner.id),
		measureIds: measureIds.map(String),
		version: '0',
		...change,
	})
}

function created() {
	const result = saveTender(owner, null, form(), ctx)
	if (!result.ok) throw new Error(JSON.stringify(result.problems))
	return getTender(result.tenderId)!
}

describe('tenders', () => {
	test('a contract manager owns the tenders they create; another cannot change or cancel them', () => {
		const tender = created()
		expect(tender.contractManagerId).toBe(owner.id)
		expect(saveTender(otherManager, tender.id, form({ version: String(tender.version) }), ctx)).toMatchObject({
			ok: false,
			status: 403,
		})
		expect(cancelTender(otherManager, tender.id, tender.version, 'no', ctx)).toMatchObject({ ok: false, status: 403 })
		expect(publishTender(otherManager, tender.id, tender.version, ctx, { shortPeriod: false })).toMatchObject({
			ok: false,
			status: 403,
		})
		expect(getTender(tender.id)).toEqual(tender)
		// Administrators may act on any tender.
		expect(publishTender(admin, tender.id, tender.version, ctx, { shortPeriod: false })).toEqual({ ok: true })
	})

	test('references are unique', () => {
		const tender = created()
		expect(saveTender(owner, null, form({ reference: tender.reference.toLowerCase() }), ctx)).toMatchObject({
			ok: false,
			problems: [{ field: 'reference' }],
		})
	})

	test('changing an open tender needs a reason and is recorded as an amendment', () => {
		const tender = created()
		publishTender(owner, tender.id, tender.version, ctx, { shortPeriod: false })
		const open = getTender(tender.id)!
		expect(
			saveTender(
				owner,
				open.id,
				form({ reference: open.reference, version: String(open.version), weightingPercent: '20' }),
				ctx,
			),
		).toMatchObject({
			ok: false,
			problems: [{ field: 'amendmentReason' }],
		})
		expect(
			saveTender(
				owner,
				open.id,
				form({
					reference: open.reference,
					version: String(open.version),
					weightingPercent: '20',
					amendmentReason: 'Clarified',
				}),
				ctx,
			).ok,
		).toBe(true)
		const amendments = db.select().from(tenderAmendments).where(eq(tenderAmendments.tenderId, open.id)).all()
		expect(amendments).toHaveLength(1)
		expect(amendments[0]!.changes).toEqual(['Social value weighting changed from 10% to 20%'])
		expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'tender_amended')).all().length).toBeGreaterThan(
			0,
		)
	})

	test('a tender opens at publication and closes by itself at its deadline', () => {
		const tender = created()
		publishTender(owner, tender.id, tender.version, ctx, { shortPeriod: false })
		expect(openOpportunities(now).some((o) => o.id === tender.id)).toBe(true)
		expect(openOpportunities(tender.deadlineAt).some((o) => o.id === tender.id)).toBe(false)
		const closed = getTender(tender.id)!
		const later = { ...ctx, now: tender.deadlineAt + 1 }
		expect(
			saveTender(
				owner,
				closed.id,
				form({ reference: closed.reference, version: String(closed.version), amendmentReason: 'late' }),
				later,
			),
		).toMatchObject({ ok: false })
	})

	test('a stale form is refused', () => {
		const tender = created()
		expect(
			saveTender(owner, tender.id, form({ reference: tender.reference, version: String(tender.version + 5) }), ctx),
		).toMatchObject({ ok: false, status: 409 })
	})

	test('a deadline closer than the council’s minimum tender period is published only once confirmed', () => {
		const deadline = toLondonDateTime(now + 2 * day + 3 * 3_600_000)
		const saved = saveTender(
			owner,
			null,
			form({ deadlineDate: datePartsOf(deadline.date), deadlineTime: deadline.time }),
			ctx,
		)
		if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
		const draft = getTender(saved.tenderId)!
		expect(publishTender(owner, draft.id, draft.version, ctx, { shortPeriod: false })).toEqual({
			ok: false,
			problems: [
				{
					field: 'deadline',
					message:
						'Confirm that you want to publish with less than the minimum tender period of 10 days, or change the deadline',
				},
			],
		})
		expect(getTender(draft.id)).toEqual(draft)
		expect(publishTender(owner, draft.id, draft.version, ctx, { shortPeriod: true })).toEqual({ ok: true })
		expect(getTender(draft.id)!.status).toBe('published')
		const audit = db
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'tender_published'))
			.all()
			.find((event) => event.subjectId === String(draft.id))
		expect(audit?.detail).toEqual({ shortPeriodConfirmed: { days: 2, hours: 3, minutes: 0, minimumDays: 10 } })
	})

	test('the minimum tender period is the council’s setting', () => {
		const deadline = toLondonDateTime(now + 2 * day)
		const saved = saveTender(
			owner,
			null,
			form({ deadlineDate: datePartsOf(deadline.date), deadlineTime: deadline.time }),
			ctx,
		)
		if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
		const before = getSettings(admin.organisationId)
		expect(saveSettings(admin, { ...before, minimumTenderPeriodDays: 2 }, ctx)).toEqual({ ok: true })
		try {
			expect(
				publishTender(owner, saved.tenderId, getTender(saved.tenderId)!.version, ctx, { shortPeriod: false }),
			).toEqual({ ok: true })
		} finally {
			saveSettings(
				admin,
				{ ...getSettings(admin.organisationId), minimumTenderPeriodDays: before.minimumTenderPeriodDays },
				ctx,
			)
		}
	})

	test('cancelling records the reason', () => {
		const tender = created()
		expect(cancelTender(owner, tender.id, tender.version, 'Budget withdrawn', ctx)).toEqual({ ok: true })
		expect(db.select().from(tenders).where(eq(tenders.id, tender.id)).get()).toMatchObject({
			status: 'cancelled',
			cancelledReason: 'Budget withdrawn',
		})
	})
})

test('opportunities count each tender’s own amendments', () => {
	const quiet = created()
	publishTender(owner, quiet.id, quiet.version, ctx, { shortPeriod: false })
	const amended = created()
	publishTender(owner, amended.id, amended.version, ctx, { shortPeriod: false })
	const open = getTender(amended.id)!
	saveTender(
		owner,
		open.id,
		form({ reference: open.reference, version: String(open.version), weightingPercent: '20', amendmentReason: 'One' }),
		ctx,
	)
	const again = getTender(amended.id)!
	saveTender(
		owner,
		again.id,
		form({
			reference: again.reference,
			version: String(again.version),
			weightingPercent: '25',
			amendmentReason: 'Two',
		}),
		ctx,
	)
	const listed = new Map(openOpportunities(now).map((o) => [o.id, o.amendments]))
	expect(listed.get(quiet.id)).toBe(0)
	expect(listed.get(amended.id)).toBe(2)
})

test('open opportunities come a page at a time, soonest deadline first, and are counted', () => {
	for (let i = 0; i < 3; i++) {
		const tender = created()
		publishTender(owner, tender.id, tender.version, ctx, { shortPeriod: false })
	}
	const all = openOpportunities(now)
	expect(countOpenOpportunities(now)).toBe(all.length)
	expect(all.length).toBeGreaterThanOrEqual(3)
	expect(openOpportunities(now, { offset: 1, size: 2 })).toEqual(all.slice(1, 3))
	expect(all.map((o) => o.deadlineAt)).toEqual([...all.map((o) => o.deadlineAt)].sort((a, b) => a - b))
	expect(countOpenOpportunities(Math.max(...all.map((o) => o.deadlineAt)))).toBe(0)
})

test('a tender whose bids go elsewhere keeps that once published, and is no opportunity', () => {
	const saved = saveTender(owner, null, form({ bidding: 'elsewhere' }), ctx)
	if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
	const tender = getTender(saved.tenderId)!
	expect(tender.bidding).toBe('elsewhere')
	expect(publishTender(owner, tender.id, tender.version, ctx, { shortPeriod: true })).toEqual({ ok: true })
	expect(openOpportunities(now).map((o) => o.id)).not.toContain(tender.id)
	const published = getTender(tender.id)!
	const change = { reference: published.reference, version: String(published.version), amendmentReason: 'Bids here' }
	expect(saveTender(owner, tender.id, form(change), ctx)).toEqual({
		ok: false,
		problems: [{ field: 'bidding', message: 'Where bids are sent cannot change once the tender is published' }],
	})
	expect(saveTender(owner, tender.id, form({ ...change, bidding: 'elsewhere' }), ctx)).toMatchObject({ ok: true })
})
