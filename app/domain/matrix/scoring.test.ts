import { expect, test } from 'vitest'
import { describeScoring, parseQualityScore, QUANTITY_RULE, quantityScores, socialValueScore } from './scoring.ts'

test('the highest offer gets full marks, others pro rata', () => {
	const scores = quantityScores(
		new Map([
			[1, 200_000_00],
			[2, 100_000_00],
			[3, 0],
			[4, 66_666_67],
		]),
	)
	expect(scores.get(1)).toBe(100)
	expect(scores.get(2)).toBe(50)
	expect(scores.get(3)).toBe(0)
	expect(scores.get(4)).toBe(33.33)
})

test('when nobody offers any £, every quantity score is 0', () => {
	expect([
		...quantityScores(
			new Map([
				[1, 0],
				[2, 0],
			]),
		).values(),
	]).toEqual([0, 0])
	expect(quantityScores(new Map()).size).toBe(0)
})

test('the weighted score combines quantity and quality by the tender’s split', () => {
	expect(
		socialValueScore({ weightingPercent: 10, quantitySharePercent: 50, quantityScore: 100, qualityScore: 80 }),
	).toBe(9)
	expect(
		socialValueScore({ weightingPercent: 20, quantitySharePercent: 70, quantityScore: 50, qualityScore: 100 }),
	).toBe(13)
	expect(
		socialValueScore({ weightingPercent: 15, quantitySharePercent: 50, quantityScore: 33.33, qualityScore: 66.67 }),
	).toBe(7.5)
	expect(
		socialValueScore({ weightingPercent: 10, quantitySharePercent: 50, quantityScore: 100, qualityScore: null }),
	).toBeNull()
})

test.each([
	['80', 80],
	['0', 0],
	['100', 100],
	['72.5', 72.5],
	['101', null],
	['-1', null],
	['eighty', null],
	['', null],
	['1e2', null],
])('quality score %j → %s', (input, expected) => {
	expect(parseQualityScore(input)).toBe(expected)
})

test('the rule in words follows the tender’s terms, and its example is scored by the rule itself', () => {
	expect(describeScoring({ weightingPercent: 10, quantitySharePercent: 50 })).toEqual({
		weighting: 'Social value is 10% of the total tender score.',
		split:
			'Of the social value score, 50% is for the quantity of social value you offer and 50% for the quality of your method statements.',
		quantity: `Quantity: ${QUANTITY_RULE} Your total is each measure’s quantity times its proxy value, added up; measures with no proxy value add nothing.`,
		quality: 'Quality: the evaluators score your method statements from 0 to 100.',
		formula: 'Your social value score is 10% × (50% × quantity score + 50% × quality score), out of 10.',
		comparison: `${QUANTITY_RULE} The social value score is 10% × (50% × quantity score + 50% × quality score), out of 10.`,
		example:
			'For example, a bid offering half of the highest total has a quantity score of 50. With a quality score of 80, its social value score is 6.5 out of 10.',
	})
	const heavy = describeScoring({ weightingPercent: 20, quantitySharePercent: 70 })
	expect(heavy.split).toBe(
		'Of the social value score, 70% is for the quantity of social value you offer and 30% for the quality of your method statements.',
	)
	expect(heavy.formula).toBe(
		'Your social value score is 20% × (70% × quantity score + 30% × quality score), out of 20.',
	)
	// 20% × (70% × 50 + 30% × 80) = 11.8
	expect(heavy.example).toContain('its social value score is 11.8 out of 20')
})
