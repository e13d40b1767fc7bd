import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { returnAnswerRows } from './return-answers.tsx'

const hours = { id: 1, measureCode: 'JOB-2', measureTitle: 'Expert hours', unit: 'expert_hours', qualitative: false }

test('an answer in numbers: the quantity with its unit, the milestones, what happened, and whether it may be published', () => {
	expect(
		returnAnswerRows(
			{
				commitment: hours,
				entry: {
					deliveredHundredths: 60_00,
					deliveredText: '',
					milestoneStatus: 'on_track',
					narrative: 'Advice for three charities.',
					mayPublish: true,
				},
			},
			STARTING_CATALOGUE,
		),
	).toEqual([
		['Delivered in the period', '60 expert hours'],
		['Milestones', 'On track'],
		['What happened', 'Advice for three charities.'],
		['May be published', 'Yes'],
	])
})

test('a commitment not answered yet says so on every row', () => {
	expect(returnAnswerRows({ commitment: hours, entry: null }, STARTING_CATALOGUE)).toEqual([
		['Delivered in the period', 'Not answered'],
		['Milestones', 'Not answered'],
		['What happened', 'Nothing written'],
		['May be published', 'No'],
	])
	expect(
		returnAnswerRows(
			{
				commitment: { ...hours, qualitative: true, unit: 'text' },
				entry: {
					deliveredHundredths: null,
					deliveredText: 'Plan agreed',
					milestoneStatus: null,
					narrative: '',
					mayPublish: false,
				},
			},
			STARTING_CATALOGUE,
		)[0],
	).toEqual(['Delivered in the period', 'Plan agreed'])
})
