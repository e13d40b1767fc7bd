import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { matrices } from '#db/schema.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { getTender } from '#app/lib/tenders.server.ts'
import { firstCouncil } from '#app/lib/councils.server.ts'
import { fixtureMeasure, fixtureTender, publishedOutcomeEdition, session } from './tender-fixture.ts'

export const day = 86_400_000

export { session }

/**
 * A published edition with one priced measure (V-1, hours at £16.93) and one qualitative
 * measure (V-2), an open tender using both (deadline ten days after `now`, contract
 * 1 April 2027 to 31 March 2029), its administrator and two supplier organisations.
 */
export async function setUpMatrixTender(reference: string, now: number, councilId?: number) {
	const ctx = { ip: '127.0.0.1', now }
	// Every fixture of a test file works for one council, as a real council's contracts do,
	// unless it names another to prove one council's work is not another's.
	const council =
		councilId !== undefined ? { id: councilId } : (firstCouncil() ?? createOrganisation(db, { kind: 'council' }))
	const admin = session(await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' }))
	const { editionId, measures } = publishedOutcomeEdition(
		admin,
		{ edition: `${reference} edition`, theme: 'Communities', outcome: 'Volunteering' },
		[
			fixtureMeasure('V-1', 'Volunteering hours', 'hours', 1693),
			fixtureMeasure('V-2', 'How you will help', 'text', null),
		],
		ctx,
	)
	const tenderId = fixtureTender(
		admin,
		{
			reference,
			title: 'Library cleaning',
			contractStart: '2027-04-01',
			contractEnd: '2029-03-31',
			editionId,
			measureIds: measures.map((m) => m.id),
		},
		ctx,
	)
	const slug = reference.toLowerCase().replace(/[^a-z0-9]/g, '')
	const orgA = createOrganisation(db, { kind: 'supplier' })
	const orgB = createOrganisation(db, { kind: 'supplier' })
	return {
		admin,
		tenderId,
		deadlineAt: getTender(tenderId)!.deadlineAt,
		hoursMeasure: measures[0]!.id,
		textMeasure: measures[1]!.id,
		supplierA: session(
			await createUser(db, {
				organisationId: orgA.id,
				role: 'supplier',
				passwordHash: 'x',
				email: `a1@${slug}-a.example`,
			}),
		),
		colleagueA: session(
			await createUser(db, {
				organisationId: orgA.id,
				role: 'supplier',
				passwordHash: 'x',
				email: `a2@${slug}-a.example`,
			}),
		),
		supplierB: session(
			await createUser(db, {
				organisationId: orgB.id,
				role: 'supplier',
				passwordHash: 'x',
				email: `b1@${slug}-b.example`,
			}),
		),
	}
}

export const hoursLine: LineEntry = {
	declined: false,
	declineReason: '',
	quantityHundredths: 200_00,
	commitmentText: '',
	milestones: [
		{ date: '2028-03-31', cumulativeHundredths: 100_00 },
		{ date: '2029-03-31', cumulativeHundredths: 200_00 },
	],
	responsibleName: 'Jo',
	responsibleRole: 'Lead',
	responsibleEmail: 'jo@a.example',
	methodStatement: 'Staff volunteer at the library.',
}

export const textLine: LineEntry = {
	...hoursLine,
	quantityHundredths: null,
	milestones: [],
	commitmentText: 'A reading club every month',
}

export function matrixVersion(matrixId: number) {
	return db.select({ v: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.v
}

/**
 * `setUpMatrixTender`, then supplier A's matrix submitted, approved and awarded as a
 * half-yearly contract for 1 April 2027 to 31 March 2029 (reference `<reference>/C`).
 */
/** Supplier A's matrix for a `setUpMatrixTender` tender, both lines answered and submitted at `ctx.now`. */
export function submitBidOfA(
	fixture: Awaited<ReturnType<typeof setUpMatrixTender>>,
	ctx: { ip: string; now: number },
): number {
	return submitBidOf(fixture, fixture.supplierA, ctx)
}

/** A supplier's matrix for a `setUpMatrixTender` tender, both lines answered and submitted at `ctx.now`. */
export function submitBidOf(
	fixture: Awaited<ReturnType<typeof setUpMatrixTender>>,
	supplier: SessionUser,
	ctx: { ip: string; now: number },
): number {
	const { matrixId } = startMatrix(supplier, fixture.tenderId, ctx) as { matrixId: number }
	for (const [measureId, entry] of [
		[fixture.hoursMeasure, hoursLine],
		[fixture.textMeasure, textLine],
	] as const)
		saveLine(supplier, { matrixId, measureId, version: matrixVersion(matrixId), entry }, ctx)
	submitMatrix(supplier, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, ctx)
	return matrixId
}

export async function setUpAwardedContract(reference: string, now: number, councilId?: number) {
	const fixture = await setUpMatrixTender(reference, now, councilId)
	const ctx = { ip: '127.0.0.1', now }
	const matrixId = submitBidOfA(fixture, ctx)
	const after = { ...ctx, now: fixture.deadlineAt + day }
	decideMatrix(fixture.admin, { matrixId, decision: 'approve', reason: '', version: matrixVersion(matrixId) }, after)
	const awarded = awardContract(
		fixture.admin,
		{
			matrixId,
			version: matrixVersion(matrixId),
			details: {
				reference: `${reference}/C`,
				title: 'Library cleaning',
				value: 100_000_00,
				startDate: '2027-04-01',
				endDate: '2029-03-31',
				cadence: 'half_yearly',
				contractManagerId: fixture.admin.id,
				commerciallySensitive: false,
			},
		},
		after,
	)
	if (!awarded.ok) throw new Error(awarded.message)
	return { ...fixture, matrixId, contractId: awarded.contractId }
}

/** Another contract manager in the council of a `setUpMatrixTender` fixture. */
export async function addContractManager(fixture: { admin: { organisationId: number } }) {
	return session(
		await createUser(db, { organisationId: fixture.admin.organisationId, role: 'contract_manager', passwordHash: 'x' }),
	)
}
