import { expect, test } from 'vitest'
import { matrixTaskItems, returnTaskItems } from './task-list-items.ts'

const measure = { id: 7, code: 'JOB-2', title: 'Expert advice hours', themeName: 'Jobs' }

test('each matrix line links to its page, with its theme, value and whether it is declined, and its status', () => {
	expect(
		matrixTaskItems(3, [
			{ measure, valuePence: 2_020_000, declined: false, status: 'completed' },
			{ measure: { ...measure, id: 8, code: 'ENV-2' }, valuePence: null, declined: true, status: 'in_progress' },
			{ measure: { ...measure, id: 9, code: 'ENV-3' }, valuePence: null, declined: false, status: 'not_started' },
		]),
	).toEqual([
		{
			title: { text: 'JOB-2: Expert advice hours' },
			href: '/matrices/3/lines/7',
			hint: { text: 'Jobs · £20,200.00' },
			status: { text: 'Completed' },
		},
		{
			title: { text: 'ENV-2: Expert advice hours' },
			href: '/matrices/3/lines/8',
			hint: { text: 'Jobs · Not committing' },
			status: { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } },
		},
		{
			title: { text: 'ENV-3: Expert advice hours' },
			href: '/matrices/3/lines/9',
			hint: { text: 'Jobs' },
			status: { tag: { text: 'Not started', classes: 'govuk-tag--blue' } },
		},
	])
})

const commitment = { id: 4, label: 'JOB-2: Expert advice hours', evidenceCount: 0, commentCount: 0 }

test('each commitment of a return says its evidence, the council’s comments and its status', () => {
	expect(
		returnTaskItems(
			11,
			[
				{ ...commitment, complete: true, started: true, evidenceCount: 1 },
				{ ...commitment, id: 5, complete: false, started: true, evidenceCount: 2, commentCount: 1 },
				{ ...commitment, id: 6, complete: false, started: false, commentCount: 3 },
			],
			true,
		),
	).toEqual([
		{
			title: { text: 'JOB-2: Expert advice hours' },
			href: '/returns/11/lines/4',
			hint: { text: '1 evidence file' },
			status: { text: 'Completed' },
		},
		{
			title: { text: 'JOB-2: Expert advice hours' },
			href: '/returns/11/lines/5',
			hint: { text: '2 evidence files · 1 comment from the council' },
			status: { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } },
		},
		{
			title: { text: 'JOB-2: Expert advice hours' },
			href: '/returns/11/lines/6',
			hint: { text: '0 evidence files · 3 comments from the council' },
			status: { tag: { text: 'Not started', classes: 'govuk-tag--blue' } },
		},
	])
})

test('once a return cannot be changed, its commitments are not links', () => {
	const [item] = returnTaskItems(11, [{ ...commitment, complete: true, started: true }], false)
	expect(item?.href).toBeUndefined()
	expect(item?.title).toEqual({ text: 'JOB-2: Expert advice hours' })
})
