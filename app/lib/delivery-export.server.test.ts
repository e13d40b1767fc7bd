import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import { contracts, progressReturns, reportingPeriods, returnLines } from '#db/schema.ts'
import type { Viewer } from '#app/domain/contracts/contract-audience.ts'
import { session, setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { countContracts, listContracts, registerContracts } from './contracts.server.ts'
import {
	caseStudyRows,
	commitmentRows,
	contractTotalsRows,
	deliveryRowChunks,
	registerRows,
} from './delivery-export.server.ts'
import { decideReturn } from './return-review.server.ts'
import { openReturn } from './returns.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { saveReturnLine } from './return-lines.server.ts'
import { submitReturn } from './return-submission.server.ts'
import { tableCsv, type ExportCell } from '#app/infra/table-export.server.ts'

let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
const at = (iso: string) => ({ ip: '127.0.0.1', now: Date.parse(iso) })
const version = (id: number) => db.select().from(progressReturns).where(eq(progressReturns.id, id)).get()!.version
const period = (key: string) =>
	db
		.select()
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, fixture.contractId), eq(reportingPeriods.key, key)))
		.get()!.id

beforeAll(async () => {
	fixture = await setUpAwardedContract('EXP-1', Date.UTC(2027, 0, 10, 9))
	// H1: 35 hours, approved. H2: 50 hours in a draft, which must not count.
	const first = openReturn(fixture.supplierA, period('2027-28-H1'), at('2027-10-05T09:00:00Z'))
	const second = openReturn(fixture.supplierA, period('2027-28-H2'), at('2028-04-05T09:00:00Z'))
	if (!first.ok || !second.ok) throw new Error('not opened')
	const commitments = loadReturn(first.returnId)!.commitments
	const hours = commitments.find((c) => !c.qualitative)!.id
	const words = commitments.find((c) => c.qualitative)!.id
	saveReturnLine(
		fixture.supplierA,
		{
			returnId: first.returnId,
			commitmentId: hours,
			version: version(first.returnId),
			entry: {
				deliveredHundredths: 35_00,
				deliveredText: '',
				milestoneStatus: 'on_track',
				narrative: '',
				mayPublish: false,
			},
		},
		at('2027-10-05T09:00:00Z'),
	)
	saveReturnLine(
		fixture.supplierA,
		{
			returnId: first.returnId,
			commitmentId: words,
			version: version(first.returnId),
			entry: {
				deliveredHundredths: null,
				deliveredText: 'Club started',
				milestoneStatus: 'met',
				narrative: '',
				mayPublish: false,
			},
		},
		at('2027-10-05T09:00:00Z'),
	)
	expect(
		submitReturn(
			fixture.supplierA,
			{ returnId: first.returnId, version: version(first.returnId) },
			at('2027-10-05T10:00:00Z'),
		),
	).toEqual({ ok: true })
	expect(
		decideReturn(
			fixture.admin,
			{ returnId: first.returnId, decision: 'approve', reason: '', version: version(first.returnId) },
			at('2027-10-06T10:00:00Z'),
		),
	).toEqual({ ok: true })
	saveReturnLine(
		fixture.supplierA,
		{
			returnId: second.returnId,
			commitmentId: hours,
			version: version(second.returnId),
			entry: {
				deliveredHundredths: 50_00,
				deliveredText: '',
				milestoneStatus: 'on_track',
				narrative: '',
				mayPublish: false,
			},
		},
		at('2028-04-05T09:00:00Z'),
	)
})

test('commitments: one row each, with only approved delivery counted and valued to the penny', () => {
	const rows = commitmentRows({
		viewer: fixture.admin,
		councilId: fixture.admin.organisationId,
		contractManagerId: fixture.admin.id,
	})
	expect(rows).toEqual([
		[
			'EXP-1/C',
			'Library cleaning',
			expect.any(String),
			'Test User',
			'2027-04-01',
			'2029-03-31',
			'V-1',
			'Volunteering hours',
			'Communities',
			'Hours',
			200,
			null,
			16.93,
			3386,
			35,
			592.55,
		],
		[
			'EXP-1/C',
			'Library cleaning',
			expect.any(String),
			'Test User',
			'2027-04-01',
			'2029-03-31',
			'V-2',
			'How you will help',
			'Communities',
			'Text',
			null,
			'A reading club every month',
			null,
			null,
			null,
			null,
		],
	])
	expect(
		commitmentRows({ viewer: fixture.admin, councilId: fixture.admin.organisationId, contractManagerId: -1 }),
	).toEqual([])
})

test('delivery lines: one row per commitment per period, drafts shown but not counted', () => {
	const rows = [
		...deliveryRowChunks({
			viewer: fixture.admin,
			councilId: fixture.admin.organisationId,
			contractManagerId: fixture.admin.id,
		}),
	].flat()
	expect(rows).toHaveLength(8) // 4 half-years × 2 commitments
	expect(rows.map((r) => [r[2], r[6], r[8], r[11], r[13], r[15]])).toEqual([
		['H1 2027/28', 'Approved', 'V-1', 35, 592.55, 'Yes'],
		['H1 2027/28', 'Approved', 'V-2', null, null, 'Yes'],
		['H2 2027/28', 'Draft', 'V-1', 50, 846.5, 'No'],
		['H2 2027/28', 'Draft', 'V-2', null, null, 'No'],
		['H1 2028/29', 'Not started', 'V-1', null, null, 'No'],
		['H1 2028/29', 'Not started', 'V-2', null, null, 'No'],
		['H2 2028/29', 'Not started', 'V-1', null, null, 'No'],
		['H2 2028/29', 'Not started', 'V-2', null, null, 'No'],
	])
	expect(tableCsv(['a'], [['£1']]).startsWith('\ufeffa\r\n')).toBe(true)
})

describe('a commercially sensitive contract', () => {
	const now = Date.parse('2028-06-01T09:00:00Z')
	const year = { key: '2027-28', start: '2027-04-01', end: '2028-03-31' }
	const hidden = 'Not published'
	let viewers: Record<'own' | 'other' | 'admin' | 'supplier' | 'otherSupplier', Viewer>

	beforeAll(async () => {
		const manager = () =>
			createUser(db, { organisationId: fixture.admin.organisationId, role: 'contract_manager', passwordHash: 'x' })
		const [own, other] = [session(await manager()), session(await manager())]
		viewers = { own, other, admin: fixture.admin, supplier: fixture.supplierA, otherSupplier: fixture.supplierB }
		db.update(contracts)
			.set({ commerciallySensitive: true, contractManagerId: own.id })
			.where(eq(contracts.id, fixture.contractId))
			.run()
		// The approved line's account, published as a case study.
		db.update(returnLines)
			.set({ narrative: 'Thirty-five hours at the library', mayPublish: true })
			.where(eq(returnLines.deliveredHundredths, 35_00))
			.run()
	})
	afterAll(() => {
		db.update(contracts)
			.set({ commerciallySensitive: false, contractManagerId: fixture.admin.id })
			.where(eq(contracts.id, fixture.contractId))
			.run()
		db.update(returnLines)
			.set({ narrative: '', mayPublish: false })
			.where(eq(returnLines.deliveredHundredths, 35_00))
			.run()
	})
	const seeing = ['own', 'admin', 'supplier'] as const
	const notSeeing = ['other', 'otherSupplier'] as const

	test('is listed with its figures only for its own contract manager, the administrators and its supplier', () => {
		const listed = (viewer: Viewer) => registerContracts(viewer, now).find((c) => c.reference === 'EXP-1/C')!
		for (const who of seeing)
			expect(listed(viewers[who]), who).toMatchObject({
				valuePence: 100_000_00,
				committedPence: 3386_00,
				deliveredPence: 592_55,
			})
		for (const viewer of [null, ...notSeeing.map((who) => viewers[who])])
			expect(listed(viewer)).toMatchObject({ valuePence: null, committedPence: null, deliveredPence: null })
	})

	test('is in the register download without its figures, whoever asks: the download is the public register', () => {
		const row = registerRows(registerContracts(null, now)).find((r) => r[0] === 'EXP-1/C')!
		expect(row.slice(5)).toEqual([hidden, hidden, hidden])
		expect(JSON.stringify(row)).not.toMatch(/1000|3386|592/)
	})

	test('has its figures in the council’s exports only for those who may see them', () => {
		const ours = (rows: ExportCell[][]) =>
			rows.filter((row) => row[0] === 'EXP-1/C' || row[0] === 'EXP-1/C · Library cleaning')
		const commitments = (viewer: Viewer) =>
			ours(commitmentRows({ viewer, councilId: fixture.admin.organisationId })).map((row) => row.slice(10))
		const delivery = (viewer: Viewer) =>
			ours([...deliveryRowChunks({ viewer, councilId: fixture.admin.organisationId })].flat()).map((row) =>
				row.slice(11, 14),
			)
		const totals = (viewer: Viewer) =>
			ours(contractTotalsRows(fixture.admin.organisationId, year, viewer)).map((row) => row.slice(2))
		const stories = (viewer: Viewer) =>
			caseStudyRows(fixture.admin.organisationId, year, viewer)
				.filter((row) => row[0] === 'EXP-1/C')
				.map((row) => row[5])
		for (const who of seeing) {
			const viewer = viewers[who]
			expect(commitments(viewer)[0], who).toEqual([200, null, 16.93, 3386, 35, 592.55])
			expect(delivery(viewer)[0], who).toEqual([35, null, 592.55])
			expect(totals(viewer), who).toEqual([[expect.any(Number), 592.55]])
			expect(stories(viewer), who).toEqual([592.55])
		}
		for (const who of notSeeing) {
			const viewer = viewers[who]
			expect(commitments(viewer)[0], who).toEqual([hidden, hidden, 16.93, hidden, hidden, hidden])
			expect(delivery(viewer)[0], who).toEqual([hidden, hidden, hidden])
			expect(totals(viewer), who).toEqual([[hidden, hidden]])
			expect(stories(viewer), who).toEqual([hidden])
		}
	})
})

test('CSV cells a spreadsheet would run as formulas are written as text; numbers are not touched', () => {
	const csv = tableCsv(
		['Narrative', 'Value'],
		[
			['=HYPERLINK("http://x.example")', -5],
			['+1', 3],
			['-2 hours', null],
			['@SUM(A1)', 0],
			['\tTab', 1],
			['Fine = good', 2],
		],
	)
	expect(csv.split('\r\n').slice(1, 7)).toEqual([
		'"\'=HYPERLINK(""http://x.example"")",-5',
		"'+1,3",
		"'-2 hours,",
		"'@SUM(A1),0",
		"'\tTab,1",
		'Fine = good,2',
	])
})

test('delivery lines come a few contracts at a time in the same order as all at once', async () => {
	await setUpAwardedContract('EXP-0', Date.UTC(2027, 0, 10, 9))
	await setUpAwardedContract('EXP-2', Date.UTC(2027, 0, 10, 9))
	const whole = [...deliveryRowChunks({ viewer: fixture.admin, councilId: fixture.admin.organisationId })].flat()
	const chunks = [...deliveryRowChunks({ viewer: fixture.admin, councilId: fixture.admin.organisationId }, 1)]
	expect(chunks.length).toBeGreaterThanOrEqual(3)
	expect(chunks.every((chunk) => new Set(chunk.map((row) => row[0])).size === 1)).toBe(true)
	expect(chunks.flat()).toEqual(whole)
	expect(whole.map((row) => row[0]).filter((reference, i, all) => all.indexOf(reference) === i)).toEqual([
		'EXP-0/C',
		'EXP-1/C',
		'EXP-2/C',
	])
	// Two contracts to a chunk: the last chunk has one, and nothing of another contract fills its spare place.
	const pairs = [...deliveryRowChunks({ viewer: fixture.admin, councilId: fixture.admin.organisationId }, 2)]
	expect(pairs.map((chunk) => new Set(chunk.map((row) => row[0])).size)).toEqual([2, 1])
	expect(pairs.flat()).toEqual(whole)
})

test('the register reads a page of contracts at a time, in the order of the whole list, and counts them all', () => {
	const whole = listContracts()
	expect(whole.length).toBeGreaterThanOrEqual(3)
	expect(countContracts()).toBe(whole.length)
	expect([0, 1, 2].flatMap((offset) => listContracts({}, { offset, size: 1 }))).toEqual(whole.slice(0, 3))
	expect(listContracts({}, { offset: 1, size: 2 })).toEqual(whole.slice(1, 3))
	expect(listContracts({}, { offset: whole.length, size: 25 })).toEqual([])
	expect(countContracts({ contractManagerId: fixture.admin.id })).toBe(
		listContracts({ contractManagerId: fixture.admin.id }).length,
	)
	expect(countContracts({ organisationId: -1 })).toBe(0)
})
