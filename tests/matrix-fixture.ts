import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { matrices } from '#db/schema.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { awardContract } from '#app/lib/contracts.server.ts'
import { saveLine, startMatrix, submitMatrix } from '#app/lib/matrices.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { getTender, publishTender, saveTender } from '#app/lib/tenders.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'

export const day = 86_400_000

export function session(row: { id: number; email: string; name: string; role: SessionUser['role']; organisationId: number }): SessionUser {
	return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
}

/**
 * A published edition with one priced measure (V-1, hours at £16.93) and one qualitative
 * measure (V-2), an open tender using both (deadline ten days after `now`, contract
 * 1 April 2027 to 31 March 2029), its administrator and two supplier organisations.
 */
export async function setUpMatrixTender(reference: string, now: number) {
	const ctx = { ip: '127.0.0.1', now }
	const council = createOrganisation(db, { kind: 'council' })
	const admin = session(await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' }))
	const edition = createEdition(admin, { name: `${reference} edition`, description: '', copyFromId: null }, ctx)
	if (!edition.ok) throw new Error(edition.message)
	replaceEditionContent(
		admin,
		edition.editionId,
		{
			themes: [
				{
					name: 'Communities',
					outcomes: [
						{
							name: 'Volunteering',
							measures: [
								{ code: 'V-1', title: 'Volunteering hours', unit: 'hours', proxyValuePence: 1693, guidance: '', evidenceGuidance: '', priorityCodes: [] },
								{ code: 'V-2', title: 'How you will help', unit: 'text', proxyValuePence: null, guidance: '', evidenceGuidance: '', priorityCodes: [] },
							],
						},
					],
				},
			],
		},
		ctx,
	)
	publishEdition(admin, edition.editionId, getEdition(edition.editionId)!.version, ctx)
	const measures = loadEditionTree(edition.editionId).themes[0]!.outcomes[0]!.measures
	const deadline = toLondonDateTime(now + 10 * day)
	const form = TenderFormSchema.parse({
		reference,
		title: 'Library cleaning',
		estimatedValue: '100000',
		contractStart: '2027-04-01',
		contractEnd: '2029-03-31',
		deadlineDate: deadline.date,
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(edition.editionId),
		contractManagerId: String(admin.id),
		measureIds: measures.map((m) => String(m.id)),
	})
	const tender = saveTender(admin, null, form, ctx)
	if (!tender.ok) throw new Error(JSON.stringify(tender.problems))
	publishTender(admin, tender.tenderId, getTender(tender.tenderId)!.version, ctx)
	const slug = reference.toLowerCase().replace(/[^a-z0-9]/g, '')
	const orgA = createOrganisation(db, { kind: 'supplier' })
	const orgB = createOrganisation(db, { kind: 'supplier' })
	return {
		admin,
		tenderId: tender.tenderId,
		deadlineAt: getTender(tender.tenderId)!.deadlineAt,
		hoursMeasure: measures[0]!.id,
		textMeasure: measures[1]!.id,
		supplierA: session(await createUser(db, { organisationId: orgA.id, role: 'supplier', passwordHash: 'x', email: `a1@${slug}-a.example` })),
		colleagueA: session(await createUser(db, { organisationId: orgA.id, role: 'supplier', passwordHash: 'x', email: `a2@${slug}-a.example` })),
		supplierB: session(await createUser(db, { organisationId: orgB.id, role: 'supplier', passwordHash: 'x', email: `b1@${slug}-b.example` })),
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

export const textLine: LineEntry = { ...hoursLine, quantityHundredths: null, milestones: [], commitmentText: 'A reading club every month' }

export function matrixVersion(matrixId: number) {
	return db.select({ v: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.v
}

/**
 * `setUpMatrixTender`, then supplier A's matrix submitted, approved and awarded as a
 * half-yearly contract for 1 April 2027 to 31 March 2029 (reference `<reference>/C`).
 */
export async function setUpAwardedContract(reference: string, now: number) {
	const fixture = await setUpMatrixTender(reference, now)
	const ctx = { ip: '127.0.0.1', now }
	const { matrixId } = startMatrix(fixture.supplierA, fixture.tenderId, ctx) as { matrixId: number }
	saveLine(fixture.supplierA, { matrixId, measureId: fixture.hoursMeasure, version: matrixVersion(matrixId), entry: hoursLine }, ctx)
	saveLine(fixture.supplierA, { matrixId, measureId: fixture.textMeasure, version: matrixVersion(matrixId), entry: textLine }, ctx)
	submitMatrix(fixture.supplierA, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, ctx)
	const after = { ...ctx, now: fixture.deadlineAt + day }
	decideMatrix(fixture.admin, { matrixId, decision: 'approve', reason: '', version: matrixVersion(matrixId) }, after)
	const awarded = awardContract(
		fixture.admin,
		{ matrixId, version: matrixVersion(matrixId), details: { reference: `${reference}/C`, title: 'Library cleaning', value: 100_000_00, startDate: '2027-04-01', endDate: '2029-03-31', cadence: 'half_yearly', contractManagerId: fixture.admin.id, commerciallySensitive: false } },
		after,
	)
	if (!awarded.ok) throw new Error(awarded.message)
	return { ...fixture, matrixId, contractId: awarded.contractId }
}
