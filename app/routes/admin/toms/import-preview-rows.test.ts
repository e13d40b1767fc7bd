import { describe, expect, test } from 'vitest'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'
import { previewCounts, previewImport } from '#app/domain/toms/import-preview.ts'
import { tableText } from '#tests/table-text.tsx'
import {
	changedMeasureHead,
	changedMeasureRows,
	handEditHead,
	handEditRows,
	handEditsWarning,
	outcomeHead,
	outcomeRows,
	placedMeasureHead,
	placedMeasureRows,
	roundedHead,
	roundedRows,
	summaryRows,
	themeHead,
	themeRows,
} from './import-preview-rows.ts'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'

function measure(code: string, changes: Partial<MeasureContent> = {}): MeasureContent {
	return {
		code,
		title: `Measure ${code}`,
		unit: 'expert_hours',
		proxyValuePence: 1693,
		guidance: '',
		evidenceGuidance: 'Timesheets',
		priorityCodes: ['CP1'],
		...changes,
	}
}

const baseline: EditionContent = {
	themes: [
		{ name: 'Jobs', outcomes: [{ name: 'Local work', measures: [measure('J1'), measure('J2'), measure('J3')] }] },
		{ name: 'Green', outcomes: [{ name: 'Carbon', measures: [measure('G1')] }] },
	],
}
const draft = structuredClone(baseline)
draft.themes[0]!.outcomes[0]!.measures[0]!.title = 'Retitled by hand'
draft.themes[0]!.outcomes[0]!.measures[1]!.guidance = 'Added by hand'
const file: EditionContent = {
	themes: [
		{
			name: 'Jobs',
			outcomes: [
				{
					name: 'Local work',
					measures: [
						measure('J1', { title: 'From the file', proxyValuePence: 1758 }),
						measure('J3', { unit: 'weeks', guidance: 'New', priorityCodes: [] }),
					],
				},
				{ name: 'Skills', measures: [measure('J4', { proxyValuePence: null })] },
			],
		},
	],
}
const preview = previewImport(baseline, draft, file)
const rounded = [{ code: 'J1', typed: '17.575', pence: 1758 }]

describe('the preview of an import', () => {
	test('counts sit at the top, with the rounded values only when any were rounded', () => {
		const rows = summaryRows(previewCounts(preview, rounded))
		expect(rows.map((row) => [row.key.text, row.value.text])).toEqual([
			['Themes', '0 added, 1 removed'],
			['Outcomes', '1 added, 1 removed'],
			['Measures', '1 added, 2 removed, 2 changed'],
			['Changes made by hand that are overwritten', '2'],
			['Proxy values rounded to the penny', '1'],
		])
		expect(summaryRows(previewCounts(preview, []))).toHaveLength(4)
	})

	test('each hand edit shows the value in the draft and what the file makes it; a removed measure is one row', () => {
		expect(tableText(handEditHead, handEditRows(preview.handEdits, STARTING_CATALOGUE))).toEqual([
			['Code', 'Field', 'In the draft now', 'After the import'],
			['J1', 'Title', 'Retitled by hand', 'From the file'],
			['J2', 'Whole measure', 'Measure J2', 'Removed'],
		])
	})

	test('the warning says what the hand edits are told from', () => {
		expect(handEditsWarning(2, { source: 'copied-edition', name: 'TOMs 2026' })).toBe(
			'Importing this file overwrites changes made by hand to 2 measures. The changes were made since the draft was copied from TOMs 2026.',
		)
		expect(handEditsWarning(1, { source: 'last-import' })).toBe(
			'Importing this file overwrites changes made by hand to 1 measure. The changes were made since the last file was imported into this draft.',
		)
		expect(handEditsWarning(3, null)).toContain(
			'This draft was built by hand, so everything in it the file changes or removes is listed.',
		)
	})

	test('changed measures are shown field by field, before and after, units by their label', () => {
		expect(
			tableText(changedMeasureHead, changedMeasureRows(preview.diff.measures.changed, STARTING_CATALOGUE)),
		).toEqual([
			['Code', 'Field', 'Before', 'After'],
			['J1', 'Title', 'Retitled by hand', 'From the file'],
			['J1', 'Proxy value', '£16.93', '£17.58'],
			['J3', 'Unit', 'Expert hours', 'Weeks'],
			['J3', 'Guidance', 'None', 'New'],
			['J3', 'Council priorities', 'CP1', 'None'],
		])
	})

	test('added and removed measures, themes and outcomes', () => {
		expect(tableText(placedMeasureHead, placedMeasureRows(preview.diff.measures.added, STARTING_CATALOGUE))).toEqual([
			['Code', 'Title', 'Theme and outcome', 'Unit', 'Proxy value'],
			['J4', 'Measure J4', 'Jobs: Skills', 'Expert hours', 'None (record only)'],
		])
		expect(tableText(undefined, placedMeasureRows(preview.diff.measures.removed, STARTING_CATALOGUE))).toEqual([
			['J2', 'Measure J2', 'Jobs: Local work', 'Expert hours', '£16.93'],
			['G1', 'Measure G1', 'Green: Carbon', 'Expert hours', '£16.93'],
		])
		expect(tableText(themeHead, themeRows(preview.diff.themes))).toEqual([
			['Theme', 'Change'],
			['Green', 'Removed'],
		])
		expect(tableText(outcomeHead, outcomeRows(preview.diff.outcomes))).toEqual([
			['Theme', 'Outcome', 'Change'],
			['Jobs', 'Skills', 'Added'],
			['Green', 'Carbon', 'Removed'],
		])
	})

	test('each rounded value as typed and as imported', () => {
		expect(tableText(roundedHead, roundedRows([...rounded, { code: 'J9', typed: '£1.005', pence: 101 }]))).toEqual([
			['Code', 'As typed', 'As imported'],
			['J1', '£17.575', '£17.58'],
			['J9', '£1.005', '£1.01'],
		])
	})
})
