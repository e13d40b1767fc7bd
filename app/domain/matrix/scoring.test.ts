import { expect, test } from 'vitest'
import { parseQualityScore, quantityScores, socialValueScore } from './scoring.ts'

test('the highest offer gets full marks, others pro rata', () => {
	const scores = quantityScores(new Map([[1, 200_000_00], [2, 100_000_00], [3, 0], [4, 66_666_67]]))
	expect(scores.get(1)).toBe(100)
	expect(scores.get(2)).toBe(50)
	expect(scores.get(3)).toBe(0)
	expect(scores.get(4)).toBe(33.33)
})

test('when nobody offers any £, every quantity score is 0', () => {
	expect([...quantityScores(new Map([[1, 0], [2, 0]])).values()]).toEqual([0, 0])
	expect(quantityScores(new Map()).size).toBe(0)
})

test('the weighted score combines quantity and quality by the tender’s split', () => {
	expect(socialValueScore({ weightingPercent: 10, quantitySharePercent: 50, quantityScore: 100, qualityScore: 80 })).toBe(9)
	expect(socialValueScore({ weightingPercent: 20, quantitySharePercent: 70, quantityScore: 50, qualityScore: 100 })).toBe(13)
	expect(socialValueScore({ weightingPercent: 15, quantitySharePercent: 50, quantityScore: 33.33, qualityScore: 66.67 })).toBe(7.5)
	expect(socialValueScore({ weightingPercent: 10, quantitySharePercent: 50, quantityScore: 100, qualityScore: null })).toBeNull()
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
