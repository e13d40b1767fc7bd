import { expect, test } from 'vitest'
import { milestoneStatusLabels, milestoneStatuses, milestoneStatusTagClasses } from './milestone-status.ts'

test('milestone statuses read as people say them', () => {
	expect(milestoneStatuses.map((status) => milestoneStatusLabels[status])).toEqual([
		'Not started',
		'On track',
		'At risk',
		'Met',
		'Missed',
	])
})

test('every milestone status has a tag colour', () => {
	for (const status of milestoneStatuses) expect(milestoneStatusTagClasses[status]).toMatch(/^govuk-tag--/)
	expect(Object.keys(milestoneStatusTagClasses)).toEqual([...milestoneStatuses])
})
