import { describe, expect, test } from 'vitest'
import { filledMeasure as measure } from '#tests/measure-fixture.ts'
import type { EditionContent, MeasureContent } from './content.ts'
import { previewCounts, previewImport } from './import-preview.ts'

function edition(...measures: MeasureContent[]): EditionContent {
	return { themes: [{ name: 'Jobs', outcomes: [{ name: 'Local work', measures }] }] }
}

const baseline = edition(measure('J1'), measure('J2'), measure('J3'))

describe('previewImport', () => {
	test('a value changed by hand that the file changes is a hand edit; one the file leaves alone is not', () => {
		const draft = edition(
			measure('J1', { title: 'Retitled by hand' }),
			measure('J2', { guidance: 'Kept' }),
			measure('J3'),
		)
		const file = edition(measure('J1', { title: 'From the file' }), measure('J2', { guidance: 'Kept' }), measure('J3'))
		const { handEdits, diff } = previewImport(baseline, draft, file)
		expect(handEdits).toEqual([
			{
				code: 'J1',
				draft: { theme: 'Jobs', outcome: 'Local work', measure: draft.themes[0]!.outcomes[0]!.measures[0] },
				file: { theme: 'Jobs', outcome: 'Local work', measure: file.themes[0]!.outcomes[0]!.measures[0] },
				fields: ['title'],
			},
		])
		expect(diff.measures.changed.map((change) => [change.code, change.fields])).toEqual([['J1', ['title']]])
	})

	test('a file that changes only fields not edited by hand overwrites no hand edit', () => {
		const draft = edition(measure('J1', { title: 'Retitled by hand' }), measure('J2'), measure('J3'))
		const file = edition(
			measure('J1', { title: 'Retitled by hand', proxyValuePence: 1744 }),
			measure('J2'),
			measure('J3'),
		)
		const { handEdits, diff } = previewImport(baseline, draft, file)
		expect(handEdits).toEqual([])
		expect(diff.measures.changed.map((change) => [change.code, change.fields])).toEqual([['J1', ['proxyValuePence']]])
	})

	test('a measure edited by hand that the file removes is a hand edit with the fields edited', () => {
		const draft = edition(
			measure('J1'),
			measure('J2', { proxyValuePence: 2000, priorityCodes: ['CP2'] }),
			measure('J3'),
		)
		const file = edition(measure('J1'), measure('J3'))
		expect(previewImport(baseline, draft, file).handEdits).toEqual([
			expect.objectContaining({ code: 'J2', file: null, fields: ['proxyValuePence', 'priorityCodes'] }),
		])
	})

	test('an untouched measure the file removes or changes is no hand edit', () => {
		const file = edition(measure('J1', { title: 'New' }), measure('J3'))
		const { handEdits, diff } = previewImport(baseline, structuredClone(baseline), file)
		expect(handEdits).toEqual([])
		expect(diff.measures.removed.map((placed) => placed.measure.code)).toEqual(['J2'])
	})

	test('a measure added by hand counts in every field the file changes, and when it removes it', () => {
		const draft = edition(measure('J1'), measure('J2'), measure('J3'), measure('H1'), measure('H2'))
		const file = edition(
			measure('J1'),
			measure('J2'),
			measure('J3'),
			measure('h1', { title: 'Measure H1', unit: 'weeks' }),
		)
		expect(
			previewImport(baseline, draft, file).handEdits.map(({ code, file: after, fields }) => [
				code,
				after === null,
				fields,
			]),
		).toEqual([
			['h1', false, ['unit']],
			['H2', true, ['place', 'title', 'unit', 'proxyValuePence', 'guidance', 'evidenceGuidance', 'priorityCodes']],
		])
	})

	test('a measure moved by hand to another outcome is a hand edit when the file puts it back', () => {
		const draft: EditionContent = {
			themes: [
				{
					name: 'Jobs',
					outcomes: [
						{ name: 'Local work', measures: [measure('J1'), measure('J2')] },
						{ name: 'Skills', measures: [measure('J3')] },
					],
				},
			],
		}
		expect(previewImport(baseline, draft, baseline).handEdits).toEqual([
			expect.objectContaining({ code: 'J3', fields: ['place'] }),
		])
	})

	test('with no baseline the draft was built by hand: everything the file changes or removes counts', () => {
		const draft = edition(measure('J1'), measure('J2'), measure('J3'))
		const file = edition(measure('J1', { guidance: 'New guidance' }), measure('J2'), measure('J4'))
		const { handEdits, diff } = previewImport(null, draft, file)
		expect(handEdits.map(({ code, file: after, fields }) => [code, after === null, fields])).toEqual([
			['J1', false, ['guidance']],
			['J3', true, ['place', 'title', 'unit', 'proxyValuePence', 'guidance', 'evidenceGuidance', 'priorityCodes']],
		])
		expect(diff.measures.added.map((placed) => placed.measure.code)).toEqual(['J4'])
	})

	test('importing the same file again changes nothing and overwrites nothing', () => {
		const preview = previewImport(baseline, structuredClone(baseline), structuredClone(baseline))
		expect(preview.handEdits).toEqual([])
		expect(previewCounts(preview, [])).toEqual({
			themesAdded: 0,
			themesRemoved: 0,
			outcomesAdded: 0,
			outcomesRemoved: 0,
			measuresAdded: 0,
			measuresRemoved: 0,
			measuresChanged: 0,
			handEdits: 0,
			rounded: 0,
		})
	})
})

describe('previewCounts', () => {
	test('counts each kind of change, the hand edits and the rounded values', () => {
		const draft = edition(measure('J1', { title: 'By hand' }), measure('J2'), measure('J3'))
		const file: EditionContent = {
			themes: [
				{
					name: 'Jobs',
					outcomes: [{ name: 'Local work', measures: [measure('J1'), measure('J2', { unit: 'weeks' })] }],
				},
				{ name: 'Community', outcomes: [{ name: 'Volunteering', measures: [measure('C1'), measure('C2')] }] },
			],
		}
		const preview = previewImport(baseline, draft, file)
		expect(previewCounts(preview, [{ code: 'C1', typed: '17.575', pence: 1758 }])).toEqual({
			themesAdded: 1,
			themesRemoved: 0,
			outcomesAdded: 1,
			outcomesRemoved: 0,
			measuresAdded: 2,
			measuresRemoved: 1,
			measuresChanged: 2,
			handEdits: 1,
			rounded: 1,
		})
	})
})
