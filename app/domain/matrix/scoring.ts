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

export type ScoringTerms = Pick<ScoreInput, 'weightingPercent' | 'quantitySharePercent'>

/**
 * The rule above in words, for bidders before they submit: the shares are the tender's, and
 * the worked example is computed by the same functions that score the bids.
 */
export function describeScoring({ weightingPercent, quantitySharePercent }: ScoringTerms) {
	const qualitySharePercent = 100 - quantitySharePercent
	const formula = `${weightingPercent}% × (${quantitySharePercent}% × quantity score + ${qualitySharePercent}% × quality score), out of ${weightingPercent}`
	// A bid offering half of the highest total, with a quality score of 80.
	const exampleQuantity = quantityScores(
		new Map([
			[1, 2],
			[2, 1],
		]),
	).get(2)!
	const exampleQuality = 80
	const exampleScore = socialValueScore({
		weightingPercent,
		quantitySharePercent,
		quantityScore: exampleQuantity,
		qualityScore: exampleQuality,
	})
	return {
		weighting: `Social value is ${weightingPercent}% of the total tender score.`,
		split: `Of the social value score, ${quantitySharePercent}% is for the quantity of social value you offer and ${qualitySharePercent}% for the quality of your method statements.`,
		quantity: `Quantity: ${QUANTITY_RULE} Your total is each measure’s quantity times its proxy value, added up; measures with no proxy value add nothing.`,
		quality: 'Quality: the evaluators score your method statements from 0 to 100.',
		formula: `Your social value score is ${formula}.`,
		/** The rule as evaluators comparing the bids read it. */
		comparison: `${QUANTITY_RULE} The social value score is ${formula}.`,
		example: `For example, a bid offering half of the highest total has a quantity score of ${exampleQuantity}. With a quality score of ${exampleQuality}, its social value score is ${exampleScore} out of ${weightingPercent}.`,
	}
}

/** A quality score typed by an evaluator: a whole or decimal number from 0 to 100. */
export function parseQualityScore(input: string): number | null {
	const text = input.trim()
	if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
	const n = Number(text)
	return n >= 0 && n <= 100 ? n : null
}
