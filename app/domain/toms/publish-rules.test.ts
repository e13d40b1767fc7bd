import { expect, test } from 'vitest'
import type { EditionContent, MeasureContent } from './content.ts'
import { allowedEditionActions } from './edition-status.ts'
import { publishProblems } from './publish-rules.ts'
import { STARTING_CATALOGUE } from './units.ts'

function measure(code: string, extra: Partial<MeasureContent> = {}): MeasureContent {
	return {
		code,
		title: `Measure ${code}`,
		unit: 'hours',
		proxyValuePence: 1693,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
		...extra,
	}
}

test('a complete edition can be published', () => {
	const content: EditionContent = {
		themes: [
			{
				name: 'Jobs',
				outcomes: [
					{ name: 'Local jobs', measures: [measure('A1'), measure('A2', { unit: 'text', proxyValuePence: null })] },
				],
			},
		],
	}
	expect(publishProblems(content, STARTING_CATALOGUE)).toEqual([])
})

test('an empty edition cannot be published', () => {
	expect(publishProblems({ themes: [] }, STARTING_CATALOGUE)).toEqual(['Add at least one theme'])
})

test('every gap is listed', () => {
	const content = {
		themes: [
			{ name: 'Empty theme', outcomes: [] },
			{
				name: 'Jobs',
				outcomes: [
					{ name: 'No measures yet', measures: [] },
					{
						name: 'Local jobs',
						measures: [
							measure('A1'),
							measure('a1'),
							measure('B1', { unit: 'furlongs' as never }),
							measure('C1', { unit: 'text', proxyValuePence: 100 }),
							measure('D1', { title: ' ' }),
						],
					},
				],
			},
		],
	} satisfies EditionContent
	expect(publishProblems(content, STARTING_CATALOGUE)).toEqual([
		'Theme ‘Empty theme’ has no outcomes',
		'Outcome ‘No measures yet’ has no measures',
		'Code ‘a1’ is used by more than one measure',
		'Measure B1 has an unknown unit ‘furlongs’',
		'Measure C1 is qualitative (text) so cannot have a proxy value',
		'Measure D1 has no title',
	])
})

test('only drafts can be edited; the current edition can be neither retired nor replaced from its own page', () => {
	expect(allowedEditionActions({ status: 'draft', isCurrent: false })).toContain('edit')
	expect(allowedEditionActions({ status: 'published', isCurrent: true })).toEqual([])
	expect(allowedEditionActions({ status: 'published', isCurrent: false })).toEqual(['make-current', 'retire'])
	expect(allowedEditionActions({ status: 'retired', isCurrent: false })).not.toContain('edit')
})
