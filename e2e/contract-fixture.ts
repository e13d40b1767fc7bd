import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { matrices, reportingPeriods } from '#db/schema.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { getTender, publishTender, saveTender } from '#app/lib/tenders.server.ts'
import { loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { insertPublishedEdition, insertUser, sampleContent, type TestUser } from './fixtures.ts'

const DAY = 86_400_000
/** When the fixtures' tenders were published: their deadlines are ten days later. */
const PUBLISHED_AT = Date.UTC(2025, 0, 2, 10)

function session(user: TestUser): SessionUser {
	return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId }
}

function version(matrixId: number) {
	return db.select({ v: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.v
}

/**
 * A tender published in January 2025 for a contract from April 2025 to March 2027, its
 * deadline long past, with one supplier's bid submitted in time (200 expert hours; a waste
 * plan in words) and not yet opened. Built through the services with the clock set back.
 */
export async function insertClosedTenderWithBid(options: { manager?: Awaited<ReturnType<typeof insertUser>> } = {}) {
	const edition = await insertPublishedEdition(sampleContent)
	const manager = options.manager ?? (await insertUser({ role: 'contract_manager' }))
	const organisation = createOrganisation(db, { kind: 'supplier', name: `Delivering Ltd ${Date.now()}` })
	const supplier = await insertUser({ role: 'supplier', organisationId: organisation.id })
	const measures = loadEditionTree(edition.id).themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	const inScope = measures.filter((m) => m.code === 'JOB-2' || m.code === 'ENV-2')
	const opened = { ip: '127.0.0.1', now: PUBLISHED_AT }
	const deadline = toLondonDateTime(opened.now + 10 * DAY)
	const reference = `E2E/C/${Date.now()}/${Math.random().toString(36).slice(2, 6)}`
	const form = TenderFormSchema.parse({
		reference,
		title: `Community centre cleaning ${Date.now()}`,
		estimatedValue: '100000',
		contractStart: datePartsOf('2025-04-01'),
		contractEnd: datePartsOf('2027-03-31'),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(edition.id),
		contractManagerId: String(manager.id),
		measureIds: inScope.map((m) => String(m.id)),
	})
	const saved = saveTender(session(manager), null, form, opened)
	if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
	publishTender(session(manager), saved.tenderId, getTender(saved.tenderId)!.version, opened, { shortPeriod: true })
	const started = startMatrix(session(supplier), saved.tenderId, opened)
	if (!started.ok) throw new Error(started.message)
	const responsible = {
		responsibleName: 'Sam Doe',
		responsibleRole: 'Manager',
		responsibleEmail: 'sam@delivering.example',
		methodStatement: 'As agreed.',
	}
	const hours = inScope.find((m) => m.code === 'JOB-2')!
	const words = inScope.find((m) => m.code === 'ENV-2')!
	const milestones = [
		{ date: '2026-03-31', cumulativeHundredths: 100_00 },
		{ date: '2027-03-31', cumulativeHundredths: 200_00 },
	]
	saveLine(
		session(supplier),
		{
			matrixId: started.matrixId,
			measureId: hours.id,
			version: version(started.matrixId),
			entry: {
				declined: false,
				declineReason: '',
				quantityHundredths: 200_00,
				commitmentText: '',
				milestones,
				...responsible,
			},
		},
		opened,
	)
	saveLine(
		session(supplier),
		{
			matrixId: started.matrixId,
			measureId: words.id,
			version: version(started.matrixId),
			entry: {
				declined: false,
				declineReason: '',
				quantityHundredths: null,
				commitmentText: 'A waste plan',
				milestones: [],
				...responsible,
			},
		},
		opened,
	)
	const submitted = submitMatrix(
		session(supplier),
		{ matrixId: started.matrixId, version: version(started.matrixId), declarationsConfirmed: true },
		opened,
	)
	if (!submitted.ok) throw new Error(submitted.message)
	return { tenderId: saved.tenderId, matrixId: started.matrixId, form, reference, manager, supplier, organisation }
}

/** Approves the bid of `insertClosedTenderWithBid` the day after its deadline: it waits for the award. */
export function approveBid(bid: { matrixId: number; manager: TestUser }) {
	const decided = { ip: '127.0.0.1', now: PUBLISHED_AT + 11 * DAY }
	const approved = decideMatrix(
		session(bid.manager),
		{ matrixId: bid.matrixId, decision: 'approve', reason: '', version: version(bid.matrixId) },
		decided,
	)
	if (!approved.ok) throw new Error(approved.message)
	return decided
}

/**
 * A contract awarded in January 2025 for April 2025 to March 2027, half-yearly, with two
 * commitments (200 expert hours; a waste plan in words): its first periods are over, so
 * returns can be filed.
 */
export async function insertAwardedContract(options: { manager?: Awaited<ReturnType<typeof insertUser>> } = {}) {
	const bid = await insertClosedTenderWithBid(options)
	const { matrixId, form, reference, manager, supplier, organisation } = bid
	const decided = approveBid(bid)
	const awarded = awardContract(
		session(manager),
		{
			matrixId,
			version: version(matrixId),
			details: {
				reference: `${reference}-C`,
				title: form.title,
				value: 100_000_00,
				startDate: '2025-04-01',
				endDate: '2027-03-31',
				cadence: 'half_yearly',
				contractManagerId: manager.id,
				commerciallySensitive: false,
			},
		},
		decided,
	)
	if (!awarded.ok) throw new Error(awarded.message)
	const periods = db.select().from(reportingPeriods).where(eq(reportingPeriods.contractId, awarded.contractId)).all()
	return { contractId: awarded.contractId, title: form.title, manager, supplier, organisation, periods }
}
