import { expect, test } from 'vitest'
import { countContent, describeCounts, type MeasureContent } from './content.ts'

const measure: MeasureContent = {
	code: 'J1',
	title: 'Jobs',
	unit: 'people_fte',
	proxyValuePence: null,
	guidance: '',
	evidenceGuidance: '',
	priorityCodes: [],
}

test('counts the themes, outcomes and measures of a tree', () => {
	const content = {
		themes: [
			{
				name: 'Jobs',
				outcomes: [
					{ name: 'Work', measures: [measure, { ...measure, code: 'J2' }] },
					{ name: 'Skills', measures: [] },
				],
			},
			{ name: 'Environment', outcomes: [{ name: 'Carbon', measures: [{ ...measure, code: 'E1' }] }] },
		],
	}
	expect(countContent(content)).toEqual({ themes: 2, outcomes: 3, measures: 3 })
	expect(countContent({ themes: [] })).toEqual({ themes: 0, outcomes: 0, measures: 0 })
})

test('says the counts in words', () => {
	expect(describeCounts({ themes: 2, outcomes: 3, measures: 5 })).toBe('2 themes, 3 outcomes and 5 measures')
	expect(describeCounts({ themes: 1, outcomes: 1, measures: 1 })).toBe('1 theme, 1 outcome and 1 measure')
})
