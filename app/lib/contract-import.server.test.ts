import { and, eq, inArray, like } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import {
	auditEvents,
	contractCommitments,
	contractEvents,
	contracts,
	deliveredTotals,
	organisations,
	outbox,
	progressReturns,
	reportingPeriods,
	returnEvents,
	users,
} from '#db/schema.ts'
import { describeProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { importWorkbook, sampleImport } from '#tests/contract-import-fixture.ts'
import { session, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import { answeredInHours, answeredInWords, at, periodIdOf, returnVersion } from '#tests/returns-fixture.ts'
import { annualReport } from './annual-report.server.ts'
import { confirmContractImport } from './contract-import-confirm.server.ts'
import { readImportWorkbook } from './contract-import-file.server.ts'
import {
	checkImport,
	discardContractImport,
	findHeldContractImport,
	holdContractImport,
} from './contract-import.server.ts'
import { periodsOf } from './contract-progress.server.ts'
import { runReminders } from './reminders.server.ts'
import { decideReturn } from './return-review.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { saveReturnLine } from './return-lines.server.ts'
import { openReturn } from './returns.server.ts'
import { submitReturn } from './return-submission.server.ts'

const NOW = Date.UTC(2026, 11, 7, 10)
const ctx = { ip: '127.0.0.1', now: NOW }
let fixture: Awaited<ReturnType<typeof setUpMatrixTender>>
let known: { id: number; name: string; registrationNumber: string }
let knownSupplier: ReturnType<typeof session>

beforeAll(async () => {
	fixture = await setUpMatrixTender('CI', Date.UTC(2026, 0, 5))
	const org = createOrganisation(db, { kind: 'supplier', name: 'Known Works Ltd', registrationNumber: '01234567' })
	known = { id: org.id, name: org.name, registrationNumber: '01234567' }
	knownSupplier = session(
		await createUser(db, { organisationId: org.id, role: 'supplier', passwordHash: 'x', email: 'kw@known.example' }),
	)
})

function sample(prefix: string) {
	return sampleImport(
		{ editionName: 'CI edition', managerEmail: fixture.admin.email, hoursCode: 'V-1', textCode: 'V-2', prefix },
		{ name: 'Known Works', registrationNumber: known.registrationNumber },
	)
}

async function check(file: ReturnType<typeof sample>) {
	const read = await readImportWorkbook(await importWorkbook(file))
	if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'))
	return checkImport(fixture.admin.organisationId, read.sheets, NOW)
}

async function importFile(file: ReturnType<typeof sample>) {
	const checked = await check(file)
	if (!checked.ok) throw new Error(checked.problems.map(describeProblem).join('\n'))
	const importId = holdContractImport(fixture.admin, 'contracts.xlsx', checked.plan, ctx)
	const confirmed = confirmContractImport(fixture.admin, importId, ctx)
	if (!confirmed.ok) throw new Error(confirmed.messages.join('\n'))
	return { importId, counts: confirmed.counts }
}

const contractOf = (reference: string) => db.select().from(contracts).where(eq(contracts.reference, reference)).get()

describe('a contracts import', () => {
	test('a file with one bad row creates nothing and names the row', async () => {
		const file = sample('BAD')
		file.Commitments![3]![2] = 'two hundred'
		const before = db.select().from(contracts).all().length
		const checked = await check(file)
		expect(checked.ok).toBe(false)
		if (!checked.ok)
			expect(checked.problems.map(describeProblem)).toEqual([
				'Commitments, row 4, column C (Quantity): Quantity must be a number, like 250 or 12.5',
			])
		expect(db.select().from(contracts).all()).toHaveLength(before)
		expect(db.select().from(organisations).where(like(organisations.name, 'BAD%')).all()).toEqual([])
	})

	test('creates contracts, one new organisation, matches the known one by number, and imports approved delivery', async () => {
		const { importId, counts } = await importFile(sample('IMP'))
		expect(counts).toEqual({
			contracts: 3,
			newSuppliers: 1,
			matchedSuppliers: 1,
			commitments: 6,
			milestones: 6,
			returns: 6,
		})
		const first = contractOf('IMP-1')!
		expect(first).toMatchObject({ origin: 'imported', importId, tenderId: null, matrixId: null, awardedAt: NOW })
		expect(contractOf('IMP-3')!.organisationId).toBe(known.id)
		const fresh = db.select().from(organisations).where(eq(organisations.name, 'IMP Fresh Ltd')).all()
		expect(fresh).toHaveLength(1)
		expect(contractOf('IMP-2')!.organisationId).toBe(fresh[0]!.id)
		const contact = db.select().from(users).where(eq(users.organisationId, fresh[0]!.id)).get()!
		expect(contact).toMatchObject({ email: 'ada@imp-fresh.example', status: 'invited' })
		expect(db.select().from(outbox).where(eq(outbox.to, contact.email)).all()).toHaveLength(1)

		const commitments = db.select().from(contractCommitments).where(eq(contractCommitments.contractId, first.id)).all()
		expect(commitments.map((c) => [c.measureCode, c.quantityHundredths, c.valuePence, c.commitmentText])).toEqual([
			['V-1', 200_00, 338_600, ''],
			['V-2', null, null, 'A reading club every month'],
		])
		const returns = db.select().from(progressReturns).where(eq(progressReturns.contractId, first.id)).all()
		expect(returns.map((r) => [r.status, r.imported, new Date(r.decidedAt!).toISOString().slice(0, 10)])).toEqual([
			['approved', true, '2025-11-14'],
			['approved', true, '2026-05-12'],
		])
		expect(
			db
				.select()
				.from(returnEvents)
				.where(
					inArray(
						returnEvents.returnId,
						returns.map((r) => r.id),
					),
				)
				.all(),
		).toEqual(
			returns.map(() => expect.objectContaining({ fromStatus: null, toStatus: 'approved', reason: 'Imported' })),
		)
		expect(db.select().from(contractEvents).where(eq(contractEvents.contractId, first.id)).all()).toEqual([
			expect.objectContaining({ kind: 'imported', detail: 'Imported from contracts.xlsx' }),
		])
		expect(
			db
				.select()
				.from(auditEvents)
				.where(eq(auditEvents.action, 'contracts_imported'))
				.all()
				.map((a) => a.subjectId),
		).toContain(String(importId))
	})

	test('imported delivery counts in the delivered totals the dashboards and annual report read', () => {
		const hours = db
			.select({ id: contractCommitments.id })
			.from(contractCommitments)
			.innerJoin(contracts, eq(contracts.id, contractCommitments.contractId))
			.where(and(eq(contracts.reference, 'IMP-1'), eq(contractCommitments.measureCode, 'V-1')))
			.get()!
		// 40 + 55.5 hours in 2025/26, at £16.93 each, every line rounded to the penny.
		expect(db.select().from(deliveredTotals).where(eq(deliveredTotals.commitmentId, hours.id)).all()).toEqual([
			{ commitmentId: hours.id, yearKey: '2025-26', deliveredHundredths: 95_50, deliveredPence: 67_720 + 93_962 },
		])
		// The three imported contracts' delivery is the year's in the annual report.
		expect(annualReport(fixture.admin.organisationId, '2025-26', NOW).totals.overall.deliveredPence).toBe(
			3 * (67_720 + 93_962),
		)
	})

	test('an imported contract’s next period is opened and filed by its supplier, and reminders go out', () => {
		const contract = contractOf('IMP-3')!
		const next = periodIdOf(contract.id, '2026-27-H1')
		runReminders(Date.UTC(2026, 11, 8, 8))
		const reminders = db
			.select()
			.from(outbox)
			.where(like(outbox.dedupeKey, `reminder:return:${next}:%`))
			.all()
		expect(reminders.map((m) => m.to)).toContain(knownSupplier.email)
		const imported = periodIdOf(contract.id, '2025-26-H1')
		expect(
			db
				.select()
				.from(outbox)
				.where(like(outbox.dedupeKey, `reminder:return:${imported}:%`))
				.all(),
		).toEqual([])

		const opened = openReturn(knownSupplier, next, at('2026-12-08T09:00:00Z'))
		if (!opened.ok) throw new Error(opened.message)
		for (const commitment of loadReturn(opened.returnId)!.commitments)
			saveReturnLine(
				knownSupplier,
				{
					returnId: opened.returnId,
					commitmentId: commitment.id,
					version: returnVersion(opened.returnId),
					entry: commitment.qualitative ? answeredInWords : answeredInHours(30_00),
				},
				at('2026-12-08T09:00:00Z'),
			)
		expect(
			submitReturn(
				knownSupplier,
				{ returnId: opened.returnId, version: returnVersion(opened.returnId) },
				at('2026-12-08T09:05:00Z'),
			),
		).toEqual({ ok: true })
	})

	test('an imported return is shown as imported and neither its supplier nor the council can change it', () => {
		const contract = contractOf('IMP-3')!
		const imported = db
			.select()
			.from(progressReturns)
			.where(eq(progressReturns.periodId, periodIdOf(contract.id, '2025-26-H1')))
			.get()!
		const commitment = loadReturn(imported.id)!.commitments[0]!
		expect(
			saveReturnLine(
				knownSupplier,
				{ returnId: imported.id, commitmentId: commitment.id, version: imported.version, entry: answeredInHours(1_00) },
				at('2026-12-08T09:00:00Z'),
			),
		).toMatchObject({ ok: false, message: 'This return cannot be changed now' })
		expect(
			decideReturn(
				fixture.admin,
				{ returnId: imported.id, decision: 'reopen', reason: 'Check it', version: imported.version },
				at('2026-12-08T09:00:00Z'),
			),
		).toMatchObject({ ok: false, message: expect.stringContaining('cannot be reopened') })
		const periods = periodsOf([contract.id], NOW)
		expect(periods.map((p) => [p.label, p.state, p.imported])).toEqual([
			['H1 2025/26', 'approved', true],
			['H2 2025/26', 'approved', true],
			['H1 2026/27', 'submitted', false],
			['H2 2026/27', 'upcoming', null],
		])
	})

	test('confirming again, or after the reference was taken meanwhile, creates nothing', async () => {
		const checked = await check(sample('RACE'))
		if (!checked.ok) throw new Error('expected a clean file')
		const importId = holdContractImport(fixture.admin, 'race.xlsx', checked.plan, ctx)
		db.update(contracts).set({ reference: 'RACE-2' }).where(eq(contracts.reference, 'IMP-2')).run()
		expect(confirmContractImport(fixture.admin, importId, ctx)).toEqual({
			ok: false,
			status: 409,
			messages: ['Another contract now has the reference RACE-2: change it in the file and upload it again'],
		})
		expect(contractOf('RACE-1')).toBeUndefined()
		expect(db.select().from(organisations).where(eq(organisations.name, 'RACE Fresh Ltd')).all()).toEqual([])
		expect(discardContractImport(fixture.admin, importId, ctx)).toBe(true)
		expect(findHeldContractImport(fixture.admin.organisationId, importId)).toBeNull()
		expect(confirmContractImport(fixture.admin, importId, ctx)).toMatchObject({ ok: false, status: 404 })
	})

	test('a file naming references already in the portal is refused at upload', async () => {
		const checked = await check(sample('IMP'))
		expect(checked.ok).toBe(false)
		if (!checked.ok)
			expect(checked.problems.map(describeProblem)).toContain(
				'Contracts, row 2, column A (Contract reference): Another contract in the portal already has the reference IMP-1',
			)
		expect(db.select().from(reportingPeriods).all().length).toBeGreaterThan(0)
	})
})
