import { and, eq } from 'drizzle-orm'
import { db, type DbOrTx, type Tx } from '#db/client.server.ts'
import { tomsMeasures } from '#db/schema.ts'
import { countOf } from '#app/domain/plural.ts'
import { isPriceable, type ThemeMeasure } from '#app/domain/toms/priceable.ts'
import { proxyValueChanges } from '#app/domain/toms/proxy-values-form.ts'
import {
	changedLines,
	formatPercentage,
	lineTooLarge,
	planUplift,
	selectForUplift,
	type UpliftChoice,
	type UpliftLine,
} from '#app/domain/toms/uplift.ts'
import { UPLIFT_NONE_TICKED } from '#app/domain/toms/uplift-form.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { bumpVersion, requireEditableDraft, type Context, type EditionResult } from './toms-editions.server.ts'
import { loadEditionTree } from './toms-queries.server.ts'
import { catalogueOf } from '#app/domain/toms/units.ts'
import { listUnits } from './units.server.ts'

// Changing many proxy values of a draft at once: an uplift by a percentage, or the table of values.

/** Every measure of the council's edition that can carry a proxy value, in the edition's order, with its theme: one query. */
export function listPriceableMeasures(councilId: number, editionId: number, tx: DbOrTx = db): ThemeMeasure[] {
	const units = catalogueOf(listUnits(councilId, tx))
	return loadEditionTree(editionId, {}, tx).themes.flatMap((theme) =>
		theme.outcomes.flatMap((outcome) =>
			outcome.measures
				.filter((measure) => isPriceable(measure, units))
				.map(({ id, code, title, unit, proxyValuePence }) => ({
					id,
					code,
					title,
					unit,
					proxyValuePence,
					themeId: theme.id,
					themeName: theme.name,
				})),
		),
	)
}

const NOT_PRICED = 'That part of the edition no longer exists. Reload the page.'

/**
 * Writes new values to a draft's measures with the version and one audit event, inside the
 * caller's transaction: one UPDATE a changed measure, none for the rest.
 */
function writeProxyValues(
	tx: Tx,
	admin: SessionUser,
	editionId: number,
	changes: Array<{ id: number; newPence: number | null }>,
	detail: { change: string } & Record<string, unknown>,
	ctx: Context,
) {
	for (const change of changes) {
		tx.update(tomsMeasures)
			.set({ proxyValuePence: change.newPence })
			.where(and(eq(tomsMeasures.id, change.id), eq(tomsMeasures.editionId, editionId)))
			.run()
	}
	bumpVersion(tx, editionId, ctx.now)
	recordAudit(tx, {
		at: ctx.now,
		actorUserId: admin.id,
		councilId: admin.organisationId,
		action: 'toms_edition_changed',
		subject: { type: 'toms_edition', id: editionId },
		detail: { ...detail, measuresChanged: changes.length },
		ip: ctx.ip,
	})
}

export type UpliftRequest = { editionId: number; version: number; basisPoints: number; choice: UpliftChoice }

/** What an uplift would do to a draft at the version the person saw: each line, or why it cannot be done. */
function planFor(tx: Tx, councilId: number, request: UpliftRequest): EditionResult<{ lines: UpliftLine[] }> {
	const check = requireEditableDraft(tx, councilId, request.editionId, request.version)
	if (!check.ok) return check
	const selected = selectForUplift(listPriceableMeasures(councilId, request.editionId, tx), request.choice)
	if (!selected.ok) {
		return selected.problem === 'none-chosen'
			? { ok: false, field: 'measureIds', message: UPLIFT_NONE_TICKED }
			: { ok: false, message: NOT_PRICED }
	}
	const lines = planUplift(selected.measures, request.basisPoints)
	const tooLarge = lineTooLarge(lines)
	if (tooLarge)
		return {
			ok: false,
			field: 'percentage',
			message: `Percentage is too large: it would make the proxy value of ${tooLarge.code} too large`,
		}
	return { ok: true, lines }
}

/** What an uplift would change, worked out exactly as applying it would, changing nothing. */
export function previewUplift(councilId: number, request: UpliftRequest): EditionResult<{ lines: UpliftLine[] }> {
	// Read in a transaction so the check of the version and the values read agree.
	return db.transaction((tx) => planFor(tx, councilId, request))
}

/**
 * Applies an uplift to a draft: every changed value, the version and one audit event, in one
 * transaction. Refused when the draft is not at the version previewed, so what is applied is
 * what was shown.
 */
export function applyUplift(
	admin: SessionUser,
	request: UpliftRequest,
	ctx: Context,
): EditionResult<{ changed: number }> {
	return db.transaction((tx): EditionResult<{ changed: number }> => {
		const plan = planFor(tx, admin.organisationId, request)
		if (!plan.ok) return plan
		const changed = changedLines(plan.lines)
		if (changed.length === 0) return { ok: true, changed: 0 }
		const percentage = formatPercentage(request.basisPoints)
		writeProxyValues(
			tx,
			admin,
			request.editionId,
			changed,
			{ change: `uplifted ${countOf(changed.length, 'proxy value')} by ${percentage}%`, upliftPercent: percentage },
			ctx,
		)
		return { ok: true, changed: changed.length }
	})
}

export type ProxyValuesRequest = { editionId: number; version: number; proxyValues: Record<string, number | null> }

/**
 * Saves the table of proxy values: only the values that changed, the version and one audit
 * event, in one transaction. A value for a measure the table does not hold changes nothing.
 */
export function saveProxyValues(
	admin: SessionUser,
	request: ProxyValuesRequest,
	ctx: Context,
): EditionResult<{ changed: number }> {
	return db.transaction((tx): EditionResult<{ changed: number }> => {
		const check = requireEditableDraft(tx, admin.organisationId, request.editionId, request.version)
		if (!check.ok) return check
		const found = proxyValueChanges(
			listPriceableMeasures(admin.organisationId, request.editionId, tx),
			request.proxyValues,
		)
		if (!found.ok) return { ok: false, message: NOT_PRICED }
		const { changes } = found
		if (changes.length === 0) return { ok: true, changed: 0 }
		writeProxyValues(
			tx,
			admin,
			request.editionId,
			changes,
			{ change: `changed ${countOf(changes.length, 'proxy value')}` },
			ctx,
		)
		return { ok: true, changed: changes.length }
	})
}
