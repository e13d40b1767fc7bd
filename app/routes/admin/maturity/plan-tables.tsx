import { formatCalendarDate } from '#app/domain/dates.ts'
import { maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import { actionStatusLabels, type ActionStatus } from '#app/domain/maturity/plan.ts'
import type { PlanArea } from '#app/lib/maturity-plan.server.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'

export type PlannedActionRow = PlanArea['steps'][number]['actions'][number]

const statusTagClasses: Record<ActionStatus, string> = {
	not_started: 'govuk-tag--grey',
	in_progress: 'govuk-tag--blue',
	done: 'govuk-tag--green',
}

export const progressHead: TableCell[] = [
	{ text: 'Area' },
	{ text: 'Present' },
	{ text: 'Target' },
	{ text: 'Actions done' },
]

/** One row per area, leading to its part of the plan: its levels now and aimed for, and how many actions are done. */
export function progressRows(areas: PlanArea[]): TableCell[][] {
	return areas.map((area) => [
		{
			children: (
				<a className="govuk-link" href={`#${area.area}`}>
					{area.name}
				</a>
			),
		},
		{ text: maturityLevelLabels[area.present] },
		{ text: maturityLevelLabels[area.target] },
		{ text: area.progress.total === 0 ? 'None needed' : `${area.progress.done} of ${area.progress.total}` },
	])
}

export const actionsHead: TableCell[] = [
	{ text: 'Action', classes: 'govuk-!-width-one-half' },
	{ text: 'Owner' },
	{ text: 'Due' },
	{ text: 'Status' },
]

/** One row per action of a step: what to do, who owns it, when it is due, and where it stands. */
export function actionsRows(actions: PlannedActionRow[]): TableCell[][] {
	return actions.map((action) => [
		{ text: action.text },
		{ text: action.owner || 'Not assigned' },
		{ text: action.dueDate ? formatCalendarDate(action.dueDate) : 'Not set' },
		{ children: <Tag text={actionStatusLabels[action.status]} classes={statusTagClasses[action.status]} /> },
	])
}
