import { eq } from 'drizzle-orm'
import { zipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox, progressReturns, reportingPeriods } from '#db/schema.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { contractPeriods, contractProgress, deliveredByCommitment } from './contract-progress.server.ts'
import { evidenceForDownload } from './evidence-access.server.ts'
import { addReturnComment, decideReturn, reviewQueue } from './return-review.server.ts'
import {
	addEvidence,
	getOwnReturn,
	loadReturn,
	openReturn,
	removeEvidence,
	saveReturnLine,
	setNilReturn,
	submitReturn,
} from './returns.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let contractId: number
let hoursCommitment: number
let textCommitment: number
const at = (iso: string) => ({ ip: '127.0.0.1', now: Date.parse(iso) })

function version(returnId: number) {
	return db.select({ v: progressReturns.version }).from(progressReturns).where(eq(progressReturns.id, returnId)).get()!
		.v
}
function periodId(key: string) {
	return db.select({ id: reportingPeriods.id }).from(reportingPeriods).where(eq(reportingPeriods.key, key)).get()!.id
}
const delivered = (hundredths: number): ReturnLineEntry => ({
	deliveredHundredths: hundredths,
	deliveredText: '',
	milestoneStatus: 'on_track',
	narrative: 'Volunteers at two libraries',
	mayPublish: true,
})
const words: ReturnLineEntry = {
	deliveredHundredths: null,
	deliveredText: 'Reading club ran monthly',
	milestoneStatus: 'met',
	narrative: '',
	mayPublish: false,
}

beforeAll(async () => {
	fixture = await setUpAwardedContract('RT-1', start)
	contractId = fixture.contractId
	const periods = db.select().from(reportingPeriods).where(eq(reportingPeriods.contractId, contractId)).all()
	expect(periods.map((p) => [p.key, p.startDate, p.endDate, p.dueDate])).toEqual([
		['2027-28-H1', '2027-04-01', '2027-09-30', '2027-10-30'],
		['2027-28-H2', '2027-10-01', '2028-03-31', '2028-04-30'],
		['2028-29-H1', '2028-04-01', '2028-09-30', '2028-10-30'],
		['2028-29-H2', '2028-10-01', '2029-03-31', '2029-04-30'],
	])
})

describe('a progress return', () => {
	let returnId: number

	test('the supplier opens it; another supplier cannot, whatever id they send', () => {
		expect(openReturn(fixture.supplierB, periodId('2027-28-H1'), at('2027-10-01T09:00:00Z'))).toMatchObject({
			ok: false,
			status: 404,
		})
		const opened = openReturn(fixture.supplierA, periodId('2027-28-H1'), at('2027-10-01T09:00:00Z'))
		if (!opened.ok) throw new Error(opened.message)
		returnId = opened.returnId
		expect(openReturn(fixture.colleagueA, periodId('2027-28-H1'), at('2027-10-02T09:00:00Z'))).toEqual({
			ok: true,
			returnId,
		})
		expect(getOwnReturn(fixture.supplierB, returnId)).toBeUndefined()
		const loaded = loadReturn(returnId)!
		hoursCommitment = loaded.commitments.find((c) => !c.qualitative)!.id
		textCommitment = loaded.commitments.find((c) => c.qualitative)!.id
		expect(
			saveReturnLine(
				fixture.supplierB,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: delivered(1) },
				at('2027-10-02T09:00:00Z'),
			),
		).toMatchObject({ ok: false, status: 404 })
	})

	test('a half-filled draft saves; submission needs every answer; a stale save is refused', () => {
		const ctx = at('2027-10-03T09:00:00Z')
		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: delivered(40_00) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(
			saveReturnLine(
				fixture.colleagueA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId) - 1, entry: delivered(1) },
				ctx,
			),
		).toMatchObject({ ok: false, status: 409 })
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, ctx)).toMatchObject({
			ok: false,
			problems: ['V-2: Say what you delivered in the period', 'V-2: Select how the milestones stand'],
		})
	})

	test('evidence is kept by content hash and only its supplier and the council can download it', () => {
		const ctx = at('2027-10-03T10:00:00Z')
		const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')
		expect(
			addEvidence(
				fixture.supplierB,
				{ returnId, commitmentId: hoursCommitment, fileName: 'x.pdf', type: 'pdf', bytes: pdf },
				ctx,
			),
		).toMatchObject({ ok: false, status: 404 })
		expect(
			addEvidence(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, fileName: 'timesheets.pdf', type: 'pdf', bytes: pdf },
				ctx,
			),
		).toEqual({ ok: true })
		const xlsx = zipSync({
			'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
			'[Content_Types].xml': new TextEncoder().encode('<Types/>'),
		})
		expect(
			addEvidence(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, fileName: 'hours.xlsx', type: 'xlsx', bytes: xlsx },
				ctx,
			),
		).toEqual({ ok: true })
		const files = loadReturn(returnId)!.evidence
		expect(files.map((f) => f.fileName)).toEqual(['timesheets.pdf', 'hours.xlsx'])
		const first = files[0]!.id
		expect(Buffer.from(evidenceForDownload(fixture.supplierA, first)!.bytes).toString()).toContain('%PDF-1.7')
		expect(evidenceForDownload(fixture.admin, first)?.mimeType).toBe('application/pdf')
		expect(evidenceForDownload(fixture.supplierB, first)).toBeNull()
		expect(removeEvidence(fixture.supplierB, { returnId, evidenceId: files[1]!.id }, ctx)).toMatchObject({
			ok: false,
			status: 404,
		})
		expect(removeEvidence(fixture.supplierA, { returnId, evidenceId: files[1]!.id }, ctx)).toEqual({ ok: true })
		expect(loadReturn(returnId)!.evidence).toHaveLength(1)
	})

	test('an answer and a file are saved together, or neither is', () => {
		const ctx = at('2027-10-03T11:00:00Z')
		const csv = new TextEncoder().encode('Date,Hours\n2027-09-01,12\n')
		const before = loadReturn(returnId)!
		const file = { fileName: 'hours.csv', type: 'csv' as const, bytes: csv }
		const stale = saveReturnLine(
			fixture.supplierA,
			{
				returnId,
				commitmentId: hoursCommitment,
				version: version(returnId) - 1,
				entry: delivered(41_00),
				evidence: file,
			},
			ctx,
		)
		expect(stale).toMatchObject({ ok: false, status: 409 })
		const stranger = saveReturnLine(
			fixture.supplierB,
			{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: delivered(41_00), evidence: file },
			ctx,
		)
		expect(stranger).toMatchObject({ ok: false, status: 404 })
		expect(loadReturn(returnId)!.lines.get(hoursCommitment)).toEqual(before.lines.get(hoursCommitment))
		expect(loadReturn(returnId)!.evidence).toEqual(before.evidence)

		expect(
			saveReturnLine(
				fixture.supplierA,
				{
					returnId,
					commitmentId: hoursCommitment,
					version: version(returnId),
					entry: delivered(42_00),
					evidence: file,
				},
				ctx,
			),
		).toEqual({ ok: true })
		const after = loadReturn(returnId)!
		expect(after.lines.get(hoursCommitment)?.deliveredHundredths).toBe(42_00)
		expect(after.evidence.map((f) => f.fileName)).toEqual(['timesheets.pdf', 'hours.csv'])
	})

	test('an answer and the removal of a file are saved together, or neither is', () => {
		const ctx = at('2027-10-03T12:00:00Z')
		const before = loadReturn(returnId)!
		const csv = before.evidence.find((f) => f.fileName === 'hours.csv')!
		const remove = (removeEvidenceId: number, user: SessionUser = fixture.supplierA) =>
			saveReturnLine(
				user,
				{
					returnId,
					commitmentId: hoursCommitment,
					version: version(returnId),
					entry: delivered(43_00),
					removeEvidenceId,
				},
				ctx,
			)
		expect(remove(csv.id, fixture.supplierB)).toMatchObject({ ok: false, status: 404 })
		expect(remove(csv.id + 1000)).toEqual({ ok: false, message: 'File not found', status: 404, field: 'evidence' })
		expect(loadReturn(returnId)!.lines.get(hoursCommitment)).toEqual(before.lines.get(hoursCommitment))
		expect(loadReturn(returnId)!.evidence).toEqual(before.evidence)

		expect(remove(csv.id)).toEqual({ ok: true })
		const after = loadReturn(returnId)!
		expect(after.lines.get(hoursCommitment)?.deliveredHundredths).toBe(43_00)
		expect(after.evidence.map((f) => f.fileName)).toEqual(['timesheets.pdf'])
		// Once removed, it cannot be removed again.
		expect(remove(csv.id)).toMatchObject({ ok: false, status: 404 })
	})

	test('submit only once the period has ended, late after the due date, and the manager is told', () => {
		const early = at('2027-09-30T22:00:00Z') // 11pm on 30 September, UK summer time
		saveReturnLine(
			fixture.supplierA,
			{ returnId, commitmentId: textCommitment, version: version(returnId), entry: words },
			early,
		)
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, early)).toMatchObject({
			ok: false,
		})
		const late = at('2027-10-31T09:00:00Z')
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, late)).toEqual({ ok: true })
		expect(loadReturn(returnId)!.progressReturn).toMatchObject({ status: 'submitted', late: true })
		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: delivered(1) },
				late,
			),
		).toMatchObject({ ok: false })
		const mail = db
			.select()
			.from(outbox)
			.all()
			.filter((m) => m.subject === 'Progress return submitted: RT-1/C, H1 2027/28')
		expect(mail.map((m) => m.to)).toEqual([fixture.admin.email])
		expect(reviewQueue(fixture.admin).map((r) => r.id)).toContain(returnId)
	})

	test('returned with a comment, fixed and resubmitted, then approved: only then does it count', () => {
		const ctx = at('2027-11-02T09:00:00Z')
		expect(
			addReturnComment(fixture.supplierA, { returnId, commitmentId: hoursCommitment, body: 'Approve it' }, ctx),
		).toMatchObject({ ok: false })
		expect(
			addReturnComment(
				fixture.admin,
				{ returnId, commitmentId: hoursCommitment, body: 'The timesheets show 35 hours' },
				ctx,
			),
		).toEqual({ ok: true })
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'return', reason: '', version: version(returnId) }, ctx),
		).toMatchObject({ ok: false })
		expect(
			decideReturn(
				fixture.admin,
				{ returnId, decision: 'return', reason: 'Match the timesheets', version: version(returnId) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBeUndefined()

		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: delivered(35_00) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, ctx)).toEqual({ ok: true })

		// Two managers decide at once from the same version: one wins, the other changes nothing.
		const seen = version(returnId)
		expect(decideReturn(fixture.admin, { returnId, decision: 'approve', reason: '', version: seen }, ctx)).toEqual({
			ok: true,
		})
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'return', reason: 'No', version: seen }, ctx),
		).toMatchObject({ ok: false, status: 409 })
		expect(loadReturn(returnId)!.history.map((h) => h.to)).toEqual([
			'draft',
			'submitted',
			'returned',
			'submitted',
			'approved',
		])
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBe(35_00)

		const progress = contractProgress(contractId, Date.parse('2027-10-01T12:00:00Z'))!
		const hours = progress.rows.find((r) => r.id === hoursCommitment)!
		expect(hours).toMatchObject({ committedHundredths: 200_00, deliveredHundredths: 35_00 })
		expect(hours.expectedHundredths).toBeGreaterThan(45_00)
		expect(hours.rag).toBe('amber') // 35 of about 50 expected by 1 October: 60% or more
		expect(progress.deliveredPence).toBe(59_255) // 35 hours × £16.93
		expect(contractPeriods(contractId, Date.parse('2027-11-02T12:00:00Z')).map((p) => p.state)).toEqual([
			'approved',
			'upcoming',
			'upcoming',
			'upcoming',
		])
	})

	test('an approved return can be reopened with a reason, and stops counting', () => {
		const ctx = at('2027-11-05T09:00:00Z')
		expect(
			decideReturn(fixture.admin, { returnId, decision: 'reopen', reason: '', version: version(returnId) }, ctx),
		).toMatchObject({ ok: false })
		expect(
			decideReturn(
				fixture.admin,
				{ returnId, decision: 'reopen', reason: 'Wrong period', version: version(returnId) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(deliveredByCommitment(contractId).get(hoursCommitment)).toBeUndefined()
		expect(loadReturn(returnId)!.progressReturn.status).toBe('returned')
	})

	test('a nil return needs its reason and no lines', () => {
		const opened = openReturn(fixture.supplierA, periodId('2027-28-H2'), at('2028-04-02T09:00:00Z'))
		if (!opened.ok) throw new Error(opened.message)
		const id = opened.returnId
		const ctx = at('2028-04-02T09:00:00Z')
		expect(
			setNilReturn(fixture.supplierA, { returnId: id, version: version(id), nil: true, reason: ' ' }, ctx),
		).toMatchObject({ ok: false })
		expect(
			setNilReturn(
				fixture.supplierA,
				{ returnId: id, version: version(id), nil: true, reason: 'Site closed for works' },
				ctx,
			),
		).toEqual({ ok: true })
		expect(submitReturn(fixture.supplierA, { returnId: id, version: version(id) }, ctx)).toEqual({ ok: true })
		expect(loadReturn(id)!.progressReturn).toMatchObject({ status: 'submitted', nil: true, late: false })
	})
})

test('a supplier who is not in the contract sees none of it', () => {
	const stranger: SessionUser = fixture.supplierB
	expect(contractPeriods(contractId, Date.now()).length).toBe(4)
	expect(openReturn(stranger, periodId('2028-29-H1'), at('2028-10-01T09:00:00Z'))).toMatchObject({
		ok: false,
		status: 404,
	})
})

test('changing the contract’s dates or cadence regenerates its periods and never loses a filed return', async () => {
	const { changeContract } = await import('./contracts.server.ts')
	const { contracts } = await import('#db/schema.ts')
	const current = () => db.select().from(contracts).where(eq(contracts.id, contractId)).get()!
	const details = {
		title: 'Library cleaning',
		value: 100_000_00,
		startDate: '2027-04-01',
		endDate: '2029-03-31',
		cadence: 'half_yearly' as const,
		contractManagerId: fixture.admin.id,
		commerciallySensitive: false,
	}
	const ctx = at('2028-05-01T09:00:00Z')
	expect(
		changeContract(
			fixture.supplierA,
			{ contractId, version: current().version, details: { ...details, endDate: '2028-03-31' }, reason: 'Shorter' },
			ctx,
		),
	).toMatchObject({ ok: false, status: 403 })
	expect(
		changeContract(fixture.admin, { contractId, version: current().version, details, reason: 'Nothing' }, ctx),
	).toMatchObject({ ok: false, message: 'Nothing has changed' })
	expect(
		changeContract(
			fixture.admin,
			{ contractId, version: current().version - 1, details: { ...details, endDate: '2028-03-31' }, reason: 'Shorter' },
			ctx,
		),
	).toMatchObject({ ok: false, status: 409 })

	expect(
		changeContract(
			fixture.admin,
			{
				contractId,
				version: current().version,
				details: { ...details, startDate: '2027-10-01', cadence: 'annual' },
				reason: 'Start moved',
			},
			ctx,
		),
	).toEqual({ ok: true })
	const periods = db
		.select()
		.from(reportingPeriods)
		.where(eq(reportingPeriods.contractId, contractId))
		.orderBy(reportingPeriods.key)
		.all()
	// Both half-years already have returns, so they stay (inactive); the annual periods are new.
	expect(periods.map((p) => [p.key, p.active, p.startDate])).toEqual([
		['2027-28', true, '2027-10-01'],
		['2027-28-H1', false, '2027-04-01'],
		['2027-28-H2', false, '2027-10-01'],
		['2028-29', true, '2028-04-01'],
	])
	expect(contractPeriods(contractId, ctx.now).map((p) => p.label)).toEqual(['2027/28', '2028/29'])
	expect(db.select().from(progressReturns).where(eq(progressReturns.contractId, contractId)).all()).toHaveLength(2)
	const mail = db
		.select()
		.from(outbox)
		.all()
		.filter((m) => m.subject === 'Contract details changed: RT-1/C')
	expect(mail.map((m) => m.to).sort()).toEqual([fixture.supplierA.email, fixture.colleagueA.email].sort())
	expect(mail[0]!.text).toContain('Reporting changed from half-yearly to annual')
})
