import { maturityActions } from './actions.ts'
import { levelRank, maturityAreas, maturityLevels, type MaturityAreaKey, type MaturityLevel } from './levels.ts'

export const actionStatuses = ['not_started', 'in_progress', 'done'] as const
export type ActionStatus = (typeof actionStatuses)[number]
export const actionStatusLabels: Record<ActionStatus, string> = {
	not_started: 'Not started',
	in_progress: 'In progress',
	done: 'Done',
}

export type AreaLevels = { area: MaturityAreaKey; present: MaturityLevel; target: MaturityLevel }

/** An action's place in the plan: stable while the wording of other actions changes. */
export function actionKey(area: MaturityAreaKey, level: MaturityLevel, index: number): string {
	return `${area}.${level}.${index + 1}`
}

export type PlannedAction = { key: string; text: string }
export type PlanStep = { level: MaturityLevel; actions: PlannedAction[] }
export type AreaPlan = AreaLevels & { steps: PlanStep[]; standing: 'climbing' | 'at_target' | 'above_target' }

/**
 * The actions that take an area from its present level to its target, one level at a
 * time. An area at its target needs none; one above it (a target set lower than today) has
 * none either, and says so rather than planning a step down.
 */
export function areaPlan(levels: AreaLevels): AreaPlan {
	const from = levelRank(levels.present)
	const to = levelRank(levels.target)
	if (from >= to) return { ...levels, steps: [], standing: from === to ? 'at_target' : 'above_target' }
	const steps = maturityLevels.slice(from + 1, to + 1).map((level) => {
		const texts = level === 'incomplete' ? [] : maturityActions[levels.area][level]
		return { level, actions: texts.map((text, index) => ({ key: actionKey(levels.area, level, index), text })) }
	})
	return { ...levels, steps, standing: 'climbing' }
}

/** Every area's plan, in the index's order (A to J). */
export function actionPlan(levels: AreaLevels[]): AreaPlan[] {
	return maturityAreas.flatMap((area) => {
		const chosen = levels.find((l) => l.area === area.key)
		return chosen ? [areaPlan(chosen)] : []
	})
}

/** Whether an action key belongs to a plan (so a form cannot touch an action outside it). */
export function planHasAction(plan: AreaPlan[], key: string): boolean {
	return plan.some((area) => area.steps.some((step) => step.actions.some((action) => action.key === key)))
}

export type ActionProgress = { done: number; inProgress: number; total: number }

export function areaProgress(area: AreaPlan, statusOf: (key: string) => ActionStatus): ActionProgress {
	const statuses = area.steps.flatMap((step) => step.actions.map((action) => statusOf(action.key)))
	return {
		done: statuses.filter((s) => s === 'done').length,
		inProgress: statuses.filter((s) => s === 'in_progress').length,
		total: statuses.length,
	}
}

export type LevelChange = {
	area: MaturityAreaKey
	before: AreaLevels | null
	after: AreaLevels | null
	movement: 'up' | 'down' | 'same' | 'new' | 'dropped'
}

/** Two assessments side by side: each area's levels then and now, and which way it moved. */
export function compareAssessments(before: AreaLevels[], after: AreaLevels[]): LevelChange[] {
	return maturityAreas.map(({ key }) => {
		const then = before.find((l) => l.area === key) ?? null
		const now = after.find((l) => l.area === key) ?? null
		const movement =
			then && now
				? levelRank(now.present) > levelRank(then.present)
					? 'up'
					: levelRank(now.present) < levelRank(then.present)
						? 'down'
						: 'same'
				: now
					? 'new'
					: then
						? 'dropped'
						: 'same'
		return { area: key, before: then, after: now, movement }
	})
}
