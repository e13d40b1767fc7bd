import { asc, eq } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import {
	auditEvents,
	contractCommitments,
	contractEvents,
	contractMilestones,
	contracts,
	matrices,
	organisations,
	outbox,
	reportingPeriods,
	tenders,
	users,
} from '#db/schema.ts'
import type { DirectContractForm } from '#app/domain/contracts/direct-contract-form.ts'
import { hoursLine, matrixVersion, setUpAwardedContract, textLine } from '#tests/matrix-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { confirmDirectContract } from './direct-contract-confirm.server.ts'
import { uploadDraftSpreadsheet } from './direct-contract-upload.server.ts'
import {
	createDirectDraft,
	directDraftsFor,
	discardDirectDraft,
	editableDirectDraft,
	findDirectDraft,
	saveDraftLine,
} from './direct-contracts.server.ts'
import { dueDatesFor } from './due-dates.server.ts'
import { getOwnMatrix } from './matrices.server.ts'
import { matrixWorkbook } from './matrix-spreadsheet.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { runReminders } from './reminders.server.ts'
import { organisationBids } from './supplier-bids.server.ts'
import { listTendersFor, openOpportunities } from './tenders.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let manager: SessionUser

const form = (overrides: Partial<DirectContractForm> = {}): DirectContractForm => ({
	reference: 'DC/2027/001',
	title: 'Grounds maintenance',
	value: 250_000_00,
	startDate: '2027-04-01',
	endDate: '2029-03-31',
	cadence: 'half_yearly',
	contractManagerId: 0,
	commerciallySensitive: false,
	supplierId: 'new',
	supplierName: 'Greenways Landscapes',
	registrationNumber: '07654321',
	supplierType: 'sme',
	contactName: 'Sam Green',
	contactEmail: 'sam@greenways.example',
	editionId: loadMatrixWorkspace(fixture.matrixId)!.tender.editionId,
	measureIds: [fixture.hoursMeasure, fixture.textMeasure],
	...overrides,
})

function created(result: ReturnType<typeof createDirectDraft>): number {
	if (!result.ok) throw new Error(result.message)
	return result.matrixId
}

function type(user: SessionUser, matrixId: number, measureId: number, entry: typeof hoursLine) {
	return saveDraftLine(user, { matrixId, measureId, version: matrixVersion(matrixId), entry }, ctx)
}

const asCell = (value: unknown) =>
	value instanceof Date ? { value, type: Date, format: 'dd/mm/yyyy' } : value === null ? null : { value }

const mailTo = (address: string) => db.select().from(outbox).where(eq(outbox.to, address)).all()

beforeAll(async () => {
	fixture = await setUpAwardedContract('DC-A', now)
	manager = session(
		await createUser(db, { organisationId: fixture.admin.organisationId, role: 'contract_manager', passwordHash: 'x' }),
	)
})

describe('starting a contract recorded directly', () => {
	test('with a new supplier: its organisation and contact, a direct set-up, an empty draft, and no invitation yet', () => {
		const matrixId = created(createDirectDraft(manager, form(), ctx))
		const matrix = db.select().from(matrices).where(eq(matrices.id, matrixId)).get()!
		const tender = db.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
		expect(matrix).toMatchObject({ status: 'draft', enteredByUserId: manager.id })
		expect(tender).toMatchObject({
			bidding: 'direct',
			status: 'draft',
			reference: 'DC/2027/001',
			estimatedValuePence: 250_000_00,
			contractManagerId: manager.id,
		})
		const organisation = db.select().from(organisations).where(eq(organisations.id, matrix.organisationId)).get()!
		expect(organisation).toMatchObject({
			name: 'Greenways Landscapes',
			registrationNumber: '07654321',
			kind: 'supplier',
		})
		const contact = db.select().from(users).where(eq(users.organisationId, organisation.id)).get()!
		expect(contact).toMatchObject({ email: 'sam@greenways.example', status: 'invited' })
		expect(mailTo('sam@greenways.example')).toEqual([])
		expect(directDraftsFor(manager.organisationId, manager.id).map((d) => d.reference)).toEqual(['DC/2027/001'])
	})

	test('with a supplier already here', () => {
		const supplierA = fixture.supplierA.organisationId
		const matrixId = created(
			createDirectDraft(manager, form({ reference: 'DC/2027/002', supplierId: String(supplierA) }), ctx),
		)
		expect(db.select().from(matrices).where(eq(matrices.id, matrixId)).get()!.organisationId).toBe(supplierA)
	})

	test('refused: a reference in use, a duplicated supplier, a supplier user', () => {
		const before = db.select().from(tenders).all().length
		for (const reference of ['dc-a', 'DC-A/C', 'dc/2027/001'])
			expect(createDirectDraft(manager, form({ reference, contactEmail: 'x@y.example' }), ctx)).toMatchObject({
				ok: false,
				field: 'reference',
			})
		expect(createDirectDraft(manager, form({ reference: 'DC/2027/003' }), ctx)).toMatchObject({
			ok: false,
			field: 'registrationNumber',
		})
		expect(createDirectDraft(fixture.supplierA, form({ reference: 'DC/2027/004' }), ctx)).toMatchObject({
			ok: false,
			status: 403,
		})
		expect(db.select().from(tenders).all()).toHaveLength(before)
	})
})

describe('typing, uploading, confirming', () => {
	let matrixId: number
	let other: SessionUser

	beforeAll(async () => {
		matrixId = created(
			createDirectDraft(
				manager,
				form({
					reference: 'DC/2027/010',
					supplierName: 'Bright Futures CIC',
					registrationNumber: null,
					contactEmail: 'kim@bright.example',
					contactName: 'Kim Bright',
					supplierType: 'vcse',
				}),
				ctx,
			),
		)
		other = session(
			await createUser(db, {
				organisationId: fixture.admin.organisationId,
				role: 'contract_manager',
				passwordHash: 'x',
			}),
		)
	})

	test('only its contract manager or an administrator may work on it, and never a supplier', () => {
		expect(findDirectDraft(other, matrixId)).toMatchObject({ ok: false, status: 403 })
		expect(type(other, matrixId, fixture.hoursMeasure, hoursLine)).toMatchObject({ ok: false, status: 403 })
		expect(findDirectDraft(fixture.supplierA, matrixId)).toMatchObject({ ok: false, status: 404 })
		expect(findDirectDraft(fixture.admin, matrixId)).toMatchObject({ ok: true })
		expect(findDirectDraft(manager, fixture.matrixId)).toMatchObject({ ok: false, status: 404 })
	})

	test('a line typed on screen is saved; a stale page is refused', () => {
		expect(type(manager, matrixId, fixture.hoursMeasure, hoursLine)).toEqual({ ok: true })
		expect(
			saveDraftLine(
				manager,
				{ matrixId, measureId: fixture.textMeasure, version: matrixVersion(matrixId) - 1, entry: textLine },
				ctx,
			),
		).toMatchObject({ ok: false, status: 409 })
		const workspace = loadMatrixWorkspace(matrixId)!
		expect(workspace.lines.map((line) => line.status)).toEqual(['completed', 'not_started'])
	})

	test('a spreadsheet replaces the lines, or, with a mistake, changes nothing and names the cell', async () => {
		type(manager, matrixId, fixture.textMeasure, textLine)
		const good = new Uint8Array(await matrixWorkbook(loadMatrixWorkspace(matrixId)!))
		type(manager, matrixId, fixture.hoursMeasure, { ...hoursLine, quantityHundredths: 5_00, milestones: [] })
		const rows = await readXlsxFile(Buffer.from(good))
		const commitments = rows[0]!.data.map((row) => [...row])
		const hoursRow = commitments.findIndex((row) => row[0] === 'V-1')
		const quantityColumn = commitments[hoursRow - 1]!.findIndex((cell) => String(cell).startsWith('Quantity'))
		commitments[hoursRow]![quantityColumn] = 'lots'
		const bad = new Uint8Array(
			await writeXlsxFile([
				{ sheet: rows[0]!.sheet, data: commitments.map((row) => row.map(asCell)) as SheetData },
				{ sheet: rows[1]!.sheet, data: rows[1]!.data.map((row) => row.map(asCell)) as SheetData },
			]).toBuffer(),
		)
		const version = matrixVersion(matrixId)
		const refused = await uploadDraftSpreadsheet(manager, { matrixId, version, bytes: bad }, ctx)
		expect(refused.ok).toBe(false)
		expect(!refused.ok && refused.problems[0]).toMatchObject({ row: hoursRow + 1 })
		expect(matrixVersion(matrixId)).toBe(version)
		expect(await uploadDraftSpreadsheet(other, { matrixId, version, bytes: good }, ctx)).toMatchObject({ ok: false })
		expect(await uploadDraftSpreadsheet(manager, { matrixId, version, bytes: good }, ctx)).toEqual({
			ok: true,
			lines: 2,
		})
		expect(loadMatrixWorkspace(matrixId)!.lines[0]!.entry).toEqual(hoursLine)
	})

	test('the draft is never a tender, a bid, an opportunity, a due date or a deadline reminder', () => {
		const tenderId = loadMatrixWorkspace(matrixId)!.tender.id
		// The supplier of the awarded fixture contract would see its own organisation's draft if it leaked.
		const drafted = created(
			createDirectDraft(
				manager,
				form({ reference: 'DC/2027/011', supplierId: String(fixture.supplierA.organisationId) }),
				ctx,
			),
		)
		for (const user of [manager, fixture.admin]) expect(listTendersFor(user).map((t) => t.id)).not.toContain(tenderId)
		expect(openOpportunities(now).map((t) => t.reference)).not.toContain('DC/2027/011')
		expect(organisationBids(fixture.supplierA.organisationId, now).map((b) => b.matrixId)).not.toContain(drafted)
		expect(getOwnMatrix(fixture.supplierA, drafted)).toBeUndefined()
		for (const user of [manager, fixture.admin, fixture.supplierA])
			expect(JSON.stringify(dueDatesFor(user, now))).not.toContain('DC/2027/011')
		runReminders(now + 60_000)
		expect(mailTo(fixture.supplierA.email).filter((m) => m.subject.includes('DC/2027/011'))).toEqual([])
	})

	test('confirming freezes the commitments exactly as award does, and invites the new contact', () => {
		expect(
			confirmDirectContract(
				manager,
				{ matrixId, version: matrixVersion(matrixId) - 1, commerciallySensitive: false },
				ctx,
			),
		).toMatchObject({ ok: false, status: 409 })
		const result = confirmDirectContract(
			manager,
			{ matrixId, version: matrixVersion(matrixId), commerciallySensitive: true },
			ctx,
		)
		if (!result.ok) throw new Error(result.message)
		const contract = db.select().from(contracts).where(eq(contracts.id, result.contractId)).get()!
		expect(contract).toMatchObject({
			origin: 'direct',
			reference: 'DC/2027/010',
			matrixId,
			valuePence: 250_000_00,
			commerciallySensitive: true,
			contractManagerId: manager.id,
		})
		const frozen = (contractId: number) =>
			db
				.select()
				.from(contractCommitments)
				.where(eq(contractCommitments.contractId, contractId))
				.orderBy(asc(contractCommitments.position))
				.all()
				.map(({ id, contractId: _, ...rest }) => ({
					...rest,
					milestones: db
						.select({ date: contractMilestones.date, cumulative: contractMilestones.cumulativeHundredths })
						.from(contractMilestones)
						.where(eq(contractMilestones.commitmentId, id))
						.all(),
				}))
		expect(frozen(contract.id)).toEqual(frozen(fixture.contractId))
		const periods = db
			.select()
			.from(reportingPeriods)
			.where(eq(reportingPeriods.contractId, contract.id))
			.orderBy(asc(reportingPeriods.startDate))
			.all()
		expect(periods[0]!.startDate).toBe('2027-04-01')
		expect(db.select().from(matrices).where(eq(matrices.id, matrixId)).get()!.status).toBe('awarded')
		expect(
			db
				.select()
				.from(contractEvents)
				.where(eq(contractEvents.contractId, contract.id))
				.all()
				.map((e) => e.kind),
		).toEqual(['recorded'])
		expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'contract_recorded')).all().length).toBe(1)
		const invitation = mailTo('kim@bright.example')
		expect(invitation).toHaveLength(1)
		expect(invitation[0]!.dedupeKey).toMatch(/^invitation:/)
		expect(editableDirectDraft(manager, matrixId)).toMatchObject({ ok: false })
		expect(discardDirectDraft(manager, { matrixId, version: matrixVersion(matrixId) }, ctx)).toMatchObject({
			ok: false,
		})
		expect(directDraftsFor(manager.organisationId, null).map((d) => d.reference)).not.toContain('DC/2027/010')

		// Until someone claims the organisation, its reminders go to the contact.
		runReminders(Date.parse('2027-10-16T07:00:00Z'))
		expect(mailTo('kim@bright.example').map((m) => m.subject)).toContain(
			'Progress return due in 14 days: DC/2027/010, H1 2027/28',
		)
	})

	test('an organisation already here is told it has the contract', () => {
		const drafted = created(
			createDirectDraft(
				manager,
				form({ reference: 'DC/2027/020', supplierId: String(fixture.supplierB.organisationId) }),
				ctx,
			),
		)
		type(manager, drafted, fixture.hoursMeasure, hoursLine)
		type(manager, drafted, fixture.textMeasure, { ...textLine, declined: true, declineReason: 'Not agreed' })
		const result = confirmDirectContract(
			fixture.admin,
			{ matrixId: drafted, version: matrixVersion(drafted), commerciallySensitive: false },
			ctx,
		)
		expect(result).toMatchObject({ ok: true })
		expect(mailTo(fixture.supplierB.email).map((m) => m.dedupeKey)).toEqual([
			expect.stringMatching(/^contract-awarded:/),
		])
		expect(mailTo(manager.email).map((m) => m.dedupeKey)).toContainEqual(expect.stringMatching(/^contract-assigned:/))
	})

	test('a draft cannot be confirmed before every measure is answered, and can be discarded', () => {
		const drafted = created(
			createDirectDraft(
				manager,
				form({ reference: 'DC/2027/030', supplierId: String(fixture.supplierB.organisationId) }),
				ctx,
			),
		)
		expect(
			confirmDirectContract(
				manager,
				{ matrixId: drafted, version: matrixVersion(drafted), commerciallySensitive: false },
				ctx,
			),
		).toMatchObject({ ok: false, message: 'V-1: Volunteering hours: enter the commitment' })
		expect(discardDirectDraft(other, { matrixId: drafted, version: matrixVersion(drafted) }, ctx)).toMatchObject({
			ok: false,
			status: 403,
		})
		expect(discardDirectDraft(manager, { matrixId: drafted, version: matrixVersion(drafted) }, ctx)).toEqual({
			ok: true,
		})
		expect(db.select().from(matrices).where(eq(matrices.id, drafted)).get()).toBeUndefined()
		expect(db.select().from(tenders).where(eq(tenders.reference, 'DC/2027/030')).get()).toBeUndefined()
	})
})
