import { expect, test } from 'vitest'
import { historyHead, historyRows, matrixHistoryRows } from './history-rows.ts'

const at = Date.UTC(2027, 3, 30, 9, 15)

test('each event reads when, what, who and why, the why in the lines it was written in', () => {
	expect(historyHead('Details').map((cell) => cell.text)).toEqual(['When', 'What', 'Who', 'Details'])
	expect(historyRows([{ id: 1, at, what: 'Approved', by: 'Priya Patel', why: 'Line one\nLine two' }])).toEqual([
		[
			{ text: '30 April 2027 at 10:15am' },
			{ text: 'Approved' },
			{ text: 'Priya Patel' },
			{ text: 'Line one\nLine two', classes: 'app-preserve-lines' },
		],
	])
})

test('a matrix starts, then each change is named by the status it reached', () => {
	const events = [
		{ id: 1, at, from: null, to: 'draft' as const, reason: null, by: 'Jo Baker' },
		{
			id: 2,
			at,
			from: 'under_review' as const,
			to: 'changes_requested' as const,
			reason: 'Add a milestone',
			by: 'Priya',
		},
	]
	expect(matrixHistoryRows(events)).toEqual([
		{ id: 1, at, what: 'Started', by: 'Jo Baker', why: '' },
		{ id: 2, at, what: 'Changes requested', by: 'Priya', why: 'Add a milestone' },
	])
})
