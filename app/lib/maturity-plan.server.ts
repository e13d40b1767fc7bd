import { areaName, maturityLevelLabels, type MaturityAreaKey } from '#app/domain/maturity/levels.ts'
import { actionStatusLabels, areaProgress } from '#app/domain/maturity/plan.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { NEW_ACTION, loadAssessment } from './maturity.server.ts'
import type { ExportCell } from '#app/infra/table-export.server.ts'

/** An assessment's action plan with each action's owner, due date and status, and progress per area. */
export function planWithProgress(councilId: number, assessmentId: number) {
	const loaded = loadAssessment(councilId, assessmentId)
	if (!loaded) return null
	const stateOf = (key: string) => loaded.actions.get(key) ?? NEW_ACTION
	return {
		assessment: { id: loaded.assessment.id, title: loaded.assessment.title, assessedOn: loaded.assessment.assessedOn },
		hasLevels: loaded.levels.length > 0,
		areas: loaded.plan.map((area) => ({
			...area,
			name: areaName(area.area),
			progress: areaProgress(area, (key) => stateOf(key).status),
			steps: area.steps.map((step) => ({
				...step,
				actions: step.actions.map((action) => ({ ...action, ...stateOf(action.key) })),
			})),
		})),
	}
}

export type PlanArea = NonNullable<ReturnType<typeof planWithProgress>>['areas'][number]

export function findPlanArea(councilId: number, assessmentId: number, area: MaturityAreaKey) {
	const plan = planWithProgress(councilId, assessmentId)
	return plan ? { assessment: plan.assessment, area: plan.areas.find((a) => a.area === area) ?? null } : null
}

export const planExportHeader = [
	'Area',
	'Present level',
	'Target level',
	'To reach',
	'Action',
	'Owner',
	'Due',
	'Status',
]

/** One row per action, in plan order; an area with nothing to do has one row saying why. */
export function planExportRows(areas: PlanArea[]): ExportCell[][] {
	return areas.flatMap((area) => {
		const levels = [area.name, maturityLevelLabels[area.present], maturityLevelLabels[area.target]]
		if (area.standing !== 'climbing')
			return [
				[
					...levels,
					null,
					area.standing === 'at_target' ? 'At its target level' : 'Above its target level',
					null,
					null,
					null,
				],
			]
		return area.steps.flatMap((step) =>
			step.actions.map((action) => [
				...levels,
				maturityLevelLabels[step.level],
				action.text,
				action.owner || null,
				action.dueDate ? formatCalendarDate(action.dueDate) : null,
				actionStatusLabels[action.status],
			]),
		)
	})
}
