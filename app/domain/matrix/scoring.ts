/**
 * Scoring a tender's social value, as the page explains it to bidders and evaluators:
 * - Quantity score: the matrix offering the highest total £ gets 100; every other gets
 *   its total as a share of that highest total (pro rata). If no bid offers any £, all
 *   quantity scores are 0.
 * - Quality score: 0 to 100, entered by the evaluator for the method statements.
 * - Social value score: weighting × (quantity share × quantity score + quality share ×
 *   quality score), on the tender's scale (out of the weighting, e.g. out of 10 for 10%).
 * Scores are kept to 2 decimal places.
 */

export const QUANTITY_RULE =
	'The highest total social value offered gets full marks for quantity (100); every other bid gets its total as a share of that highest total.'

function round2(n: number): number {
	return Math.round(n * 100) / 100
}

export function quantityScores(totals: ReadonlyMap<number, number>): Map<number, number> {
	const highest = Math.max(0, ...totals.values())
	return new Map([...totals].map(([id, total]) => [id, highest === 0 ? 0 : round2((total / highest) * 100)]))
}

export type ScoreInput = {
	weightingPercent: number
	quantitySharePercent: number
	quantityScore: number
	/** Null until the evaluator has entered it. */
	qualityScore: number | null
}

/** The weighted social value score out of `weightingPercent`, or null until quality is scored. */
export function socialValueScore(input: ScoreInput): number | null {
	if (input.qualityScore === null) return null
	const qualityShare = 100 - input.quantitySharePercent
	const combined = (input.quantitySharePercent * input.quantityScore + qualityShare * input.qualityScore) / 100
	return round2((input.weightingPercent * combined) / 100)
}

/** A quality score typed by an evaluator: a whole or decimal number from 0 to 100. */
export function parseQualityScore(input: string): number | null {
	const text = input.trim()
	if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
	const n = Number(text)
	return n >= 0 && n <= 100 ? n : null
}
