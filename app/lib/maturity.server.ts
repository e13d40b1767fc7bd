import { and, desc, eq, sql } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { maturityActions, maturityAreaLevels, maturityAssessments, users } from '#db/schema.ts'
import { isMaturityArea, isMaturityLevel, type MaturityAreaKey } from '#app/domain/maturity/levels.ts'
import { actionPlan, type ActionStatus, type AreaLevels } from '#app/domain/maturity/plan.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'

type Ctx = { ip: string; now: number }
export type MaturityResult = { ok: true } | { ok: false; message: string; status?: 404 | 409 }

const STALE = 'Someone else changed this assessment while you were editing it. Check the values below and save again.'

/** Every assessment of the council, newest first, with how many areas have levels. */
export function listAssessments(councilId: number) {
	return db
		.select({
			id: maturityAssessments.id,
			title: maturityAssessments.title,
			assessedOn: maturityAssessments.assessedOn,
			createdBy: users.name,
			areas: sql<number>`(select count(*) from "maturity_area_levels" mal where mal."assessment_id" = "maturity_assessments"."id")`,
		})
		.from(maturityAssessments)
		.innerJoin(users, eq(users.id, maturityAssessments.createdByUserId))
		.where(eq(maturityAssessments.councilId, councilId))
		.orderBy(desc(maturityAssessments.assessedOn), desc(maturityAssessments.id))
		.all()
}

export type ActionState = { owner: string; dueDate: string | null; status: ActionStatus; version: number }

/** One of the council's assessments with its levels and the state of each action someone has worked on; another council's is not found. */
export function loadAssessment(councilId: number, id: number, tx: DbOrTx = db) {
	const assessment = tx
		.select()
		.from(maturityAssessments)
		.where(and(eq(maturityAssessments.id, id), eq(maturityAssessments.councilId, councilId)))
		.get()
	if (!assessment) return null
	const levels: AreaLevels[] = tx
		.select()
		.from(maturityAreaLevels)
		.where(eq(maturityAreaLevels.assessmentId, id))
		.all()
		.flatMap((row) => (isMaturityArea(row.area) ? [{ area: row.area, present: row.present, target: row.target }] : []))
	const actions = new Map<string, ActionState>(
		tx
			.select()
			.from(maturityActions)
			.where(eq(maturityActions.assessmentId, id))
			.all()
			.map((row) => [
				row.actionKey,
				{ owner: row.owner, dueDate: row.dueDate, status: row.status, version: row.version },
			]),
	)
	return { assessment, levels, actions, plan: actionPlan(levels) }
}

export const NEW_ACTION: ActionState = { owner: '', dueDate: null, status: 'not_started', version: 0 }

export function startAssessment(admin: SessionUser, input: { title: string; assessedOn: string }, ctx: Ctx): number {
	return db.transaction((tx) => {
		const created = tx
			.insert(maturityAssessments)
			.values({
				councilId: admin.organisationId,
				title: input.title,
				assessedOn: input.assessedOn,
				createdByUserId: admin.id,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning()
			.get()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'maturity_assessment_started',
			subject: { type: 'maturity_assessment', id: created.id },
			detail: input,
			ip: ctx.ip,
		})
		return created.id
	})
}

/** Sets the present and target level of every area at once, if nobody saved since `version`. */
export function saveLevels(
	admin: SessionUser,
	input: { assessmentId: number; version: number; levels: AreaLevels[] },
	ctx: Ctx,
): MaturityResult {
	return db.transaction((tx): MaturityResult => {
		const assessment = tx
			.select()
			.from(maturityAssessments)
			.where(
				and(eq(maturityAssessments.id, input.assessmentId), eq(maturityAssessments.councilId, admin.organisationId)),
			)
			.get()
		if (!assessment) return { ok: false, message: 'Assessment not found', status: 404 }
		if (assessment.version !== input.version) return { ok: false, message: STALE, status: 409 }
		if (input.levels.some((l) => !isMaturityArea(l.area) || !isMaturityLevel(l.present) || !isMaturityLevel(l.target)))
			return { ok: false, message: 'Choose a level from the list' }
		const before = tx
			.select()
			.from(maturityAreaLevels)
			.where(eq(maturityAreaLevels.assessmentId, input.assessmentId))
			.all()
		tx.delete(maturityAreaLevels).where(eq(maturityAreaLevels.assessmentId, input.assessmentId)).run()
		tx.insert(maturityAreaLevels)
			.values(input.levels.map((l) => ({ assessmentId: input.assessmentId, ...l })))
			.run()
		tx.update(maturityAssessments)
			.set({ version: sql`${maturityAssessments.version} + 1`, updatedAt: ctx.now })
			.where(eq(maturityAssessments.id, input.assessmentId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'maturity_levels_saved',
			subject: { type: 'maturity_assessment', id: input.assessmentId },
			detail: { before: before.map(({ area, present, target }) => ({ area, present, target })), after: input.levels },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}

export type ActionInput = { key: string; owner: string; dueDate: string | null; status: ActionStatus; version: number }

/**
 * Saves owners, due dates and statuses of one area's actions. Each action carries the
 * version it was read at, so two people working on the same action cannot overwrite each
 * other; the whole save is refused if any one is stale.
 */
export function saveAreaActions(
	admin: SessionUser,
	input: { assessmentId: number; area: MaturityAreaKey; actions: ActionInput[] },
	ctx: Ctx,
): MaturityResult {
	return db.transaction((tx): MaturityResult => {
		const loaded = loadAssessment(admin.organisationId, input.assessmentId, tx)
		if (!loaded) return { ok: false, message: 'Assessment not found', status: 404 }
		const area = loaded.plan.find((a) => a.area === input.area)
		const keys = new Set(area?.steps.flatMap((step) => step.actions.map((action) => action.key)) ?? [])
		if (!area || input.actions.some((action) => !keys.has(action.key)))
			return { ok: false, message: 'That action is not in this plan', status: 404 }
		for (const action of input.actions) {
			if ((loaded.actions.get(action.key)?.version ?? 0) !== action.version)
				return { ok: false, message: STALE, status: 409 }
		}
		for (const action of input.actions) {
			const current = loaded.actions.get(action.key)
			const values = { owner: action.owner, dueDate: action.dueDate, status: action.status, updatedAt: ctx.now }
			if (current) {
				if (current.owner === action.owner && current.dueDate === action.dueDate && current.status === action.status)
					continue
				tx.update(maturityActions)
					.set({ ...values, version: sql`${maturityActions.version} + 1` })
					.where(and(eq(maturityActions.assessmentId, input.assessmentId), eq(maturityActions.actionKey, action.key)))
					.run()
			} else if (action.owner || action.dueDate || action.status !== 'not_started') {
				tx.insert(maturityActions)
					.values({ assessmentId: input.assessmentId, actionKey: action.key, ...values })
					.run()
			}
		}
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId: admin.organisationId,
			action: 'maturity_actions_saved',
			subject: { type: 'maturity_assessment', id: input.assessmentId },
			detail: {
				area: input.area,
				actions: input.actions.map(({ key, owner, dueDate, status }) => ({ key, owner, dueDate, status })),
			},
			ip: ctx.ip,
		})
		return { ok: true }
	})
}
