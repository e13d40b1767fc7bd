import { href } from 'react-router'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'

export type PriorityRow = { id: number; code: string; name: string; description: string }

export const prioritiesHead: TableCell[] = [
	{ text: 'Code' },
	{ text: 'Priority' },
	{ children: <span className="govuk-visually-hidden">Actions</span> },
]

/** This page with priority `id` in the form below the list. */
export function priorityEditHref(id: number): string {
	return `${href('/admin/priorities')}?${new URLSearchParams({ edit: String(id) })}#priority`
}

/** One row per priority: its code, its name with any description under it, and a link to change it. */
export function prioritiesRows(priorities: PriorityRow[]): TableCell[][] {
	if (priorities.length === 0) return [[{ text: 'No priorities yet.', colspan: prioritiesHead.length }]]
	return priorities.map((priority) => [
		{ text: priority.code },
		{
			children: (
				<>
					{priority.name}
					{priority.description ? <Hint classes="govuk-!-margin-bottom-0">{priority.description}</Hint> : null}
				</>
			),
		},
		{
			children: (
				<a className="govuk-link" href={priorityEditHref(priority.id)}>
					Change<span className="govuk-visually-hidden"> {priority.name}</span>
				</a>
			),
		},
	])
}
