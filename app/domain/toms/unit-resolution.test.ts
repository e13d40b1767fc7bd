import { expect, test } from 'vitest'
import type { EditionContent } from './content.ts'
import { applyUnitKeys, resolutionProblem, UnitResolutionSchema } from './unit-resolution.ts'
import { catalogueOf, STARTING_UNITS } from './units.ts'

const units = catalogueOf([
	...STARTING_UNITS,
	{ ...STARTING_UNITS[1]!, key: 'old_weeks', name: 'Old weeks', retired: true },
])

test('each unit is mapped to one of the council’s or made anew; a missing choice says what to do', () => {
	const parsed = UnitResolutionSchema.safeParse({
		units: [
			{ choice: 'existing', existing: 'hours_attendees' },
			{ choice: 'new', name: 'Case studies', singular: 'case study', plural: 'case studies', kind: 'words' },
			{},
		],
	})
	expect(parsed.success).toBe(false)
	expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
		['units.2.choice', 'Choose whether to use one of the council’s units or create a new one'],
	])
	const blankExisting = UnitResolutionSchema.safeParse({ units: [{ choice: 'existing', existing: '' }] })
	expect(blankExisting.error?.issues.map((issue) => issue.message)).toEqual(['Select one of the council’s units'])
})

test('a retired or unknown unit cannot be chosen, and words cannot take rows with a proxy value', () => {
	const held = { text: 'Case study', rows: [4, 6, 9], valuedRows: [6, 9] }
	expect(resolutionProblem(held, { choice: 'existing', existing: 'old_weeks' }, units)).toEqual({
		field: 'existing',
		message: 'Select one of the council’s units',
	})
	expect(resolutionProblem(held, { choice: 'existing', existing: 'text' }, units)).toEqual({
		field: 'existing',
		message: '‘Case study’ cannot be a unit in words: rows 6, 9 give a proxy value, and a qualitative measure has none',
	})
	const words = {
		choice: 'new' as const,
		name: 'Case',
		singular: 'case',
		plural: 'cases',
		kind: 'words' as const,
		decimalPlaces: 2,
		code: null,
	}
	expect(resolutionProblem({ ...held, valuedRows: [6] }, words, units)?.message).toMatch(/row 6 gives a proxy value/)
	expect(resolutionProblem({ ...held, valuedRows: [] }, words, units)).toBeNull()
	expect(resolutionProblem(held, { choice: 'existing', existing: 'hours' }, units)).toBeNull()
})

test('resolved texts become keys in every measure that wrote them, however they were spelled', () => {
	const measure = {
		code: 'A1',
		title: 'A',
		proxyValuePence: null,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
	}
	const content: EditionContent = {
		themes: [
			{
				name: 'T',
				outcomes: [
					{
						name: 'O',
						measures: [
							{ ...measure, unit: 'no. hrs x no. attendees' },
							{ ...measure, code: 'A2', unit: 'weeks' },
							{ ...measure, code: 'A3', unit: 'No Hrs X No Attendees' },
						],
					},
				],
			},
		],
	}
	const resolved = applyUnitKeys(content, new Map([['nohrsxnoattendees', 'hours_attendees']]))
	expect(resolved.themes[0]!.outcomes[0]!.measures.map((m) => m.unit)).toEqual([
		'hours_attendees',
		'weeks',
		'hours_attendees',
	])
})
