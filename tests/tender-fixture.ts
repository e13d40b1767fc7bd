import type { MeasureContent } from '#app/domain/toms/content.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { getTender, publishTender, saveTender } from '#app/lib/tenders.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'

// Shared by the unit fixtures (tests/) and the seeds of the browser suites (e2e/): the same
// council set-up, written once.

const DAY = 86_400_000

type Ctx = { ip: string; now: number }

/** The session a service expects, from a user row. */
export function session(row: {
	id: number
	email: string
	name: string
	role: SessionUser['role']
	organisationId: number
}): SessionUser {
	return { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
}

/** A measure for a fixture: no guidance, no priorities. */
export function fixtureMeasure(
	code: string,
	title: string,
	unit: MeasureContent['unit'],
	proxyValuePence: number | null,
): MeasureContent {
	return { code, title, unit, proxyValuePence, guidance: '', evidenceGuidance: '', priorityCodes: [] }
}

/** A published edition of one theme and one outcome holding `measures`, which it returns as stored. */
export function publishedOutcomeEdition(
	admin: SessionUser,
	names: { edition: string; theme: string; outcome: string },
	measures: MeasureContent[],
	ctx: Ctx,
) {
	const edition = createEdition(admin, { name: names.edition, description: '', copyFromId: null }, ctx)
	if (!edition.ok) throw new Error(edition.message)
	replaceEditionContent(
		admin,
		edition.editionId,
		{ themes: [{ name: names.theme, outcomes: [{ name: names.outcome, measures }] }] },
		ctx,
	)
	const published = publishEdition(admin, edition.editionId, getEdition(edition.editionId)!.version, ctx)
	if (!published.ok) throw new Error(published.message)
	return { editionId: edition.editionId, measures: loadEditionTree(edition.editionId).themes[0]!.outcomes[0]!.measures }
}

/**
 * A tender saved by `manager` (and published unless told not to) on the usual terms: £100,000,
 * social value weighted 10% with half of it on quantities, half-yearly returns, and a deadline
 * ten days after it opened.
 */
export function fixtureTender(
	manager: SessionUser,
	tender: {
		reference: string
		title: string
		contractStart: string
		contractEnd: string
		editionId: number
		measureIds: number[]
		publish?: boolean
	},
	ctx: Ctx,
): number {
	const deadline = toLondonDateTime(ctx.now + 10 * DAY)
	const form = TenderFormSchema.parse({
		reference: tender.reference,
		title: tender.title,
		estimatedValue: '100000',
		contractStart: datePartsOf(tender.contractStart),
		contractEnd: datePartsOf(tender.contractEnd),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '50',
		cadence: 'half_yearly',
		editionId: String(tender.editionId),
		contractManagerId: String(manager.id),
		measureIds: tender.measureIds.map(String),
	})
	const saved = saveTender(manager, null, form, ctx)
	if (!saved.ok) throw new Error(JSON.stringify(saved.problems))
	if (tender.publish !== false) {
		const published = publishTender(manager, saved.tenderId, getTender(saved.tenderId)!.version, ctx, {
			shortPeriod: true,
		})
		if (!published.ok) throw new Error(JSON.stringify(published.problems))
	}
	return saved.tenderId
}
