import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import type { PlanArea } from '#app/lib/maturity-plan.server.ts'
import { type PlannedActionRow, actionsHead, actionsRows, progressHead, progressRows } from './plan-tables.tsx'

function rowsOf(html: string) {
	return [...html.matchAll(/<tr class="govuk-table__row">(.*?)<\/tr>/g)].map((row) =>
		[...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]),
	)
}

function area(overrides: Partial<PlanArea>): PlanArea {
	return {
		area: 'contracts',
		name: 'Contract management',
		present: 'follower',
		target: 'leader',
		standing: 'climbing',
		steps: [],
		progress: { done: 1, inProgress: 1, total: 3 },
		...overrides,
	}
}

test('each area leads to its part of the plan and says how many of its actions are done', () => {
	const html = renderToStaticMarkup(
		<Table
			firstCellIsHeader
			head={progressHead}
			rows={progressRows([
				area({}),
				area({
					area: 'procurement',
					name: 'Procurement',
					present: 'innovator',
					target: 'innovator',
					standing: 'at_target',
					progress: { done: 0, inProgress: 0, total: 0 },
				}),
			])}
		/>,
	)
	expect(rowsOf(html)).toEqual([
		['Area', 'Present', 'Target', 'Actions done'],
		['<a class="govuk-link" href="#contracts">Contract management</a>', 'Follower', 'Leader', '1 of 3'],
		['<a class="govuk-link" href="#procurement">Procurement</a>', 'Innovator', 'Innovator', 'None needed'],
	])
})

test('each action shows its owner, due date and status, or that they are not set yet', () => {
	const action: PlannedActionRow = {
		key: 'contracts.mature.1',
		text: 'Write specific, targeted social value action plans into contracts',
		owner: 'Head of Commissioning',
		dueDate: '2027-03-31',
		status: 'done',
		version: 2,
	}
	const html = renderToStaticMarkup(
		<Table
			head={actionsHead}
			rows={actionsRows([action, { ...action, owner: '', dueDate: null, status: 'not_started', version: 0 }])}
		/>,
	)
	expect(rowsOf(html)).toEqual([
		['Action', 'Owner', 'Due', 'Status'],
		[action.text, 'Head of Commissioning', '31 March 2027', '<strong class="govuk-tag govuk-tag--green">Done</strong>'],
		[action.text, 'Not assigned', 'Not set', '<strong class="govuk-tag govuk-tag--grey">Not started</strong>'],
	])
	expect(html).toContain('<th scope="col" class="govuk-table__header govuk-!-width-one-half">Action</th>')
})
