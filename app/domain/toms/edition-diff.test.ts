import { describe, expect, test } from 'vitest'
import type { EditionContent, MeasureContent } from './content.ts'
import { diffEditions, isUnchanged, type MeasureField, proxyValueChangePercent } from './edition-diff.ts'

function measure(code: string, changes: Partial<MeasureContent> = {}): MeasureContent {
	return {
		code,
		title: `Measure ${code}`,
		unit: 'hours',
		proxyValuePence: 1693,
		guidance: 'Count the hours.',
		evidenceGuidance: 'Timesheets.',
		priorityCodes: ['CP1', 'CP2'],
		...changes,
	}
}

const base: EditionContent = {
	themes: [
		{
			name: 'Jobs',
			outcomes: [
				{ name: 'Local work', measures: [measure('NT1'), measure('NT2')] },
				{ name: 'Skills', measures: [measure('NT3')] },
			],
		},
		{ name: 'Environment', outcomes: [{ name: 'Carbon', measures: [measure('NT4')] }] },
	],
}

/** A deep copy to edit without touching `base`. */
function copyOfBase(): EditionContent {
	return structuredClone(base)
}

describe('diffEditions', () => {
	test('finds nothing between an edition and its copy', () => {
		const diff = diffEditions(base, copyOfBase())
		expect(isUnchanged(diff)).toBe(true)
		expect(diff).toEqual({
			themes: { added: [], removed: [] },
			outcomes: { added: [], removed: [] },
			measures: { added: [], removed: [], changed: [] },
		})
	})

	test('lists added and removed themes, with their outcomes and measures', () => {
		const after = copyOfBase()
		after.themes = [
			after.themes[0]!,
			{ name: 'Community', outcomes: [{ name: 'Volunteering', measures: [measure('NT9')] }] },
		]
		const diff = diffEditions(base, after)
		expect(diff.themes).toEqual({ added: ['Community'], removed: ['Environment'] })
		expect(diff.outcomes).toEqual({
			added: [{ theme: 'Community', outcome: 'Volunteering' }],
			removed: [{ theme: 'Environment', outcome: 'Carbon' }],
		})
		expect(diff.measures.added).toEqual([{ theme: 'Community', outcome: 'Volunteering', measure: measure('NT9') }])
		expect(diff.measures.removed).toEqual([{ theme: 'Environment', outcome: 'Carbon', measure: measure('NT4') }])
		expect(diff.measures.changed).toEqual([])
		expect(isUnchanged(diff)).toBe(false)
	})

	test('lists added and removed outcomes by theme and name, the same name under another theme being another outcome', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[1]!.name = 'Training'
		after.themes[1]!.outcomes.push({ name: 'Skills', measures: [] })
		const diff = diffEditions(base, after)
		expect(diff.themes).toEqual({ added: [], removed: [] })
		expect(diff.outcomes).toEqual({
			added: [
				{ theme: 'Jobs', outcome: 'Training' },
				{ theme: 'Environment', outcome: 'Skills' },
			],
			removed: [{ theme: 'Jobs', outcome: 'Skills' }],
		})
		// NT3 stayed, but its outcome is now called something else: it moved.
		expect(diff.measures.changed.map((change) => [change.code, change.fields])).toEqual([['NT3', ['place']]])
	})

	test('compares theme and outcome names after trimming, but otherwise exactly', () => {
		const after = copyOfBase()
		after.themes[0]!.name = '  Jobs '
		after.themes[0]!.outcomes[0]!.name = 'Local work\t'
		after.themes[1]!.name = 'environment'
		const diff = diffEditions(base, after)
		expect(diff.themes).toEqual({ added: ['environment'], removed: ['Environment'] })
		expect(diff.outcomes).toEqual({
			added: [{ theme: 'environment', outcome: 'Carbon' }],
			removed: [{ theme: 'Environment', outcome: 'Carbon' }],
		})
		expect(diff.measures.changed.map((change) => change.code)).toEqual(['NT4'])
	})

	test('lists added measures in the order of the new edition and removed ones in the order of the old', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures = [measure('NT7'), measure('NT2'), measure('NT5')]
		after.themes[1]!.outcomes[0]!.measures = [measure('NT6')]
		const diff = diffEditions(base, after)
		expect(diff.measures.added.map((placed) => placed.measure.code)).toEqual(['NT7', 'NT5', 'NT6'])
		expect(diff.measures.removed.map((placed) => placed.measure.code)).toEqual(['NT1', 'NT4'])
		expect(diff.measures.added[0]).toEqual({ theme: 'Jobs', outcome: 'Local work', measure: measure('NT7') })
		expect(diff.measures.removed[1]).toEqual({ theme: 'Environment', outcome: 'Carbon', measure: measure('NT4') })
	})

	test('matches measures by code ignoring case', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures = [
			measure('nt1', { title: 'Measure NT1' }),
			measure(' Nt2 ', { title: 'Renamed' }),
		]
		const diff = diffEditions(base, after)
		expect(diff.measures.added).toEqual([])
		expect(diff.measures.removed).toEqual([])
		expect(diff.measures.changed).toEqual([
			{
				code: ' Nt2 ',
				before: { theme: 'Jobs', outcome: 'Local work', measure: measure('NT2') },
				after: { theme: 'Jobs', outcome: 'Local work', measure: measure(' Nt2 ', { title: 'Renamed' }) },
				fields: ['title'],
			},
		])
	})

	test('reports each changed field of a measure, in the order pages show them', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures[0] = measure('NT1', {
			title: 'Local people employed',
			unit: 'people_fte',
			proxyValuePence: 1744,
			guidance: 'Count each person once.',
			evidenceGuidance: 'Payroll records.',
			priorityCodes: ['CP3'],
		})
		const diff = diffEditions(base, after)
		expect(diff.measures.changed).toHaveLength(1)
		expect(diff.measures.changed[0]!.fields).toEqual([
			'title',
			'unit',
			'proxyValuePence',
			'guidance',
			'evidenceGuidance',
			'priorityCodes',
		])
	})

	test.each([
		['title', { title: 'Other' }],
		['unit', { unit: 'weeks' }],
		['proxyValuePence', { proxyValuePence: 1700 }],
		['proxyValuePence', { proxyValuePence: null }],
		['guidance', { guidance: '' }],
		['evidenceGuidance', { evidenceGuidance: 'Photos.' }],
		['priorityCodes', { priorityCodes: ['CP1'] }],
		['priorityCodes', { priorityCodes: ['CP1', 'CP2', 'CP3'] }],
	] satisfies Array<[MeasureField, Partial<MeasureContent>]>)('reports a change of %s alone', (field, changes) => {
		const after = copyOfBase()
		after.themes[1]!.outcomes[0]!.measures[0] = measure('NT4', changes)
		const diff = diffEditions(base, after)
		expect(diff.measures.changed).toEqual([
			{
				code: 'NT4',
				before: { theme: 'Environment', outcome: 'Carbon', measure: measure('NT4') },
				after: { theme: 'Environment', outcome: 'Carbon', measure: measure('NT4', changes) },
				fields: [field],
			},
		])
	})

	test('compares priority codes as a set, ignoring order and repeats', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures[0] = measure('NT1', { priorityCodes: ['CP2', 'CP1', 'CP2'] })
		expect(isUnchanged(diffEditions(base, after))).toBe(true)
	})

	test('a measure moved to another outcome or theme is changed in place, not removed and added', () => {
		const after = copyOfBase()
		const [nt1, nt2] = after.themes[0]!.outcomes[0]!.measures
		after.themes[0]!.outcomes[0]!.measures = [nt2!]
		after.themes[1]!.outcomes[0]!.measures.push({ ...nt1!, title: 'Moved and renamed' })
		const diff = diffEditions(base, after)
		expect(diff.measures.added).toEqual([])
		expect(diff.measures.removed).toEqual([])
		expect(diff.measures.changed).toEqual([
			{
				code: 'NT1',
				before: { theme: 'Jobs', outcome: 'Local work', measure: measure('NT1') },
				after: { theme: 'Environment', outcome: 'Carbon', measure: measure('NT1', { title: 'Moved and renamed' }) },
				fields: ['place', 'title'],
			},
		])
	})

	test('a measure moved to another outcome of the same name under another theme has moved', () => {
		const before: EditionContent = {
			themes: [
				{ name: 'Jobs', outcomes: [{ name: 'Local', measures: [measure('NT1')] }] },
				{ name: 'Spend', outcomes: [{ name: 'Local', measures: [] }] },
			],
		}
		const after: EditionContent = {
			themes: [
				{ name: 'Jobs', outcomes: [{ name: 'Local', measures: [] }] },
				{ name: 'Spend', outcomes: [{ name: 'Local', measures: [measure('NT1')] }] },
			],
		}
		expect(diffEditions(before, after).measures.changed.map((change) => change.fields)).toEqual([['place']])
	})

	test('lists changed measures in the order of the new edition', () => {
		const after = copyOfBase()
		after.themes = [after.themes[1]!, after.themes[0]!]
		after.themes[0]!.outcomes[0]!.measures[0]!.title = 'Changed NT4'
		after.themes[1]!.outcomes[0]!.measures[0]!.title = 'Changed NT1'
		const diff = diffEditions(base, after)
		expect(diff.measures.changed.map((change) => change.code)).toEqual(['NT4', 'NT1'])
		// Reordering themes changes nothing by itself.
		expect(diff.themes).toEqual({ added: [], removed: [] })
	})

	test('pairs a code repeated on one side once, so the extra one is added', () => {
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures.push(measure('nt1', { title: 'Second NT1' }))
		const diff = diffEditions(base, after)
		expect(diff.measures.changed).toEqual([])
		expect(diff.measures.added).toEqual([
			{ theme: 'Jobs', outcome: 'Local work', measure: measure('nt1', { title: 'Second NT1' }) },
		])
		expect(diffEditions(after, base).measures.removed.map((placed) => placed.measure.title)).toEqual(['Second NT1'])
	})

	test('compares empty editions', () => {
		expect(isUnchanged(diffEditions({ themes: [] }, { themes: [] }))).toBe(true)
		const diff = diffEditions({ themes: [] }, base)
		expect(diff.themes.added).toEqual(['Jobs', 'Environment'])
		expect(diff.outcomes.added).toHaveLength(3)
		expect(diff.measures.added.map((placed) => placed.measure.code)).toEqual(['NT1', 'NT2', 'NT3', 'NT4'])
	})

	test('does not change the editions it compares', () => {
		const before = copyOfBase()
		const after = copyOfBase()
		after.themes[0]!.outcomes[0]!.measures.reverse()
		const afterCopy = structuredClone(after)
		diffEditions(before, after)
		expect(before).toEqual(base)
		expect(after).toEqual(afterCopy)
	})
})

describe('isUnchanged', () => {
	const nothing = diffEditions(base, base)
	test.each([
		['a theme added', { ...nothing, themes: { added: ['X'], removed: [] } }],
		['a theme removed', { ...nothing, themes: { added: [], removed: ['X'] } }],
		['an outcome added', { ...nothing, outcomes: { added: [{ theme: 'X', outcome: 'Y' }], removed: [] } }],
		['an outcome removed', { ...nothing, outcomes: { added: [], removed: [{ theme: 'X', outcome: 'Y' }] } }],
	])('is false with %s', (_, diff) => {
		expect(isUnchanged(diff)).toBe(false)
	})

	test('is false with a measure added, removed or changed', () => {
		const placed = { theme: 'Jobs', outcome: 'Local work', measure: measure('NT1') }
		const measures = { added: [], removed: [], changed: [] }
		expect(isUnchanged({ ...nothing, measures: { ...measures, added: [placed] } })).toBe(false)
		expect(isUnchanged({ ...nothing, measures: { ...measures, removed: [placed] } })).toBe(false)
		const change = { code: 'NT1', before: placed, after: placed, fields: ['title' as const] }
		expect(isUnchanged({ ...nothing, measures: { ...measures, changed: [change] } })).toBe(false)
	})
})

describe('proxyValueChangePercent', () => {
	test.each([
		[1693, 1744, 3.0],
		[1000, 1100, 10],
		[1000, 900, -10],
		[1744, 1693, -2.9],
		[1000, 1000, 0],
		[300, 301, 0.3],
		[3, 4, 33.3],
		[3, 5, 66.7],
		[3, 2, -33.3],
		[3, 1, -66.7],
		[100, 0, -100],
		[1, 1000, 99900],
		// Halves round away from zero, in both directions.
		[2000, 2001, 0.1],
		[2000, 1999, -0.1],
		[20000, 20001, 0],
		[20000, 19999, 0],
	])('%i → %i pence is %d%%', (before, after, percent) => {
		expect(proxyValueChangePercent(before, after)).toBe(percent)
	})

	test('is exactly 0, never -0, when the value barely falls', () => {
		expect(Object.is(proxyValueChangePercent(20000, 19999), 0)).toBe(true)
	})

	test('is null when there is nothing to compare with', () => {
		expect(proxyValueChangePercent(null, 1744)).toBeNull()
		expect(proxyValueChangePercent(1693, null)).toBeNull()
		expect(proxyValueChangePercent(null, null)).toBeNull()
		expect(proxyValueChangePercent(0, 1744)).toBeNull()
		expect(proxyValueChangePercent(0, 0)).toBeNull()
	})
})
