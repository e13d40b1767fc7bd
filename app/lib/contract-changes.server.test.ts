import { eq } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { contracts, outbox, progressReturns, reportingPeriods } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { changeContract } from './contract-changes.server.ts'
import { contractPeriods } from './contract-progress.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let contractId: number
const at = (iso: string) => ({ ip: '127.0.0.1', now: Date.parse(iso) })

beforeAll(async () => {
	fixture = await setUpAwardedContract('RT-1', start)
	contractId = fixture.contractId
	// Both half-years of the first year have their returns started.
	fileReturn(fixture, '2027-28-H1', 40, 'draft', '2027-10-03T09:00:00Z')
	fileReturn(fixture, '2027-28-H2', 10, 'draft', '2028-04-02T09:00:00Z')
})

test('changing the contract’s dates or cadence regenerates its periods and never loses a filed return', () => {
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
	).toMatchObject({ ok: false, status: 404 })
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
