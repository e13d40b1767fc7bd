import { expect, test } from 'vitest'
import { formatDateTime } from '#app/domain/dates.ts'
import { activityHead, activityRows } from './user-activity-table.ts'

test('each event says when, what happened in words, and who did it', () => {
	const at = Date.UTC(2027, 4, 3, 8, 30)
	expect(activityHead.map((cell) => cell.text)).toEqual(['When', 'What', 'By'])
	expect(
		activityRows([
			{ id: 2, at, action: 'role_changed', actor: 'Sam Lead' },
			{ id: 1, at, action: 'sign_in_failed', actor: null },
			{ id: 3, at, action: 'maturity_assessment_started', actor: 'Sam Lead' },
		]),
	).toEqual([
		[{ text: formatDateTime(at) }, { text: 'Role changed' }, { text: 'Sam Lead' }],
		[{ text: formatDateTime(at) }, { text: 'Failed sign-in' }, { text: '–' }],
		[{ text: formatDateTime(at) }, { text: 'maturity_assessment_started' }, { text: 'Sam Lead' }],
	])
})
