import { daysSinceEpoch } from '../calendar-dates.ts'

/**
 * Progress = what has been delivered (approved figures only) against what the milestones
 * say should have been delivered by now. Between milestones the expectation grows in a
 * straight line by days, starting from nothing on the day the contract starts, so a
 * supplier half way to a milestone is expected to be half way to its target.
 */

export type Milestone = { date: string; cumulativeHundredths: number }

/** Hundredths expected by `asOf` (calendar dates throughout), or null when there is no schedule to measure against. */
export function expectedToDate(milestones: Milestone[], contractStart: string, asOf: string): number | null {
	if (milestones.length === 0) return null
	const start = daysSinceEpoch(contractStart)
	const today = daysSinceEpoch(asOf)
	if (today < start) return 0

	const sorted = milestones
		.map((m) => ({ day: daysSinceEpoch(m.date), value: m.cumulativeHundredths }))
		.sort((a, b) => a.day - b.day)
	let from = { day: start, value: 0 }
	for (const point of sorted) {
		// A milestone dated on or before the start is simply where the line begins.
		if (point.day <= start) from = { day: start, value: point.value }
		else if (point.day <= today) from = point
		else return Math.round(from.value + ((point.value - from.value) * (today - from.day)) / (point.day - from.day))
	}
	return from.value
}

export const ragStatuses = ['green', 'amber', 'red', 'not_due'] as const
export type RagStatus = (typeof ragStatuses)[number]

export const ragLabels: Record<RagStatus, string> = {
	green: 'Green',
	amber: 'Amber',
	red: 'Red',
	not_due: 'Nothing due yet',
}

export const ragTagClasses: Record<RagStatus, string> = {
	green: 'govuk-tag--green',
	amber: 'govuk-tag--orange',
	red: 'govuk-tag--red',
	not_due: 'govuk-tag--grey',
}

/** The council's thresholds, whole percentages of what is expected: green from `greenPercent`, amber from `amberPercent`. */
export type RagThresholds = { greenPercent: number; amberPercent: number }

/**
 * Green at or above `greenPercent` of what is expected, amber at or above `amberPercent`,
 * red below. Decided on the whole percentage people see, so a page never shows "90%"
 * beside an amber tag when green starts at 90.
 */
export function ragStatus(
	input: { deliveredHundredths: number; expectedHundredths: number | null } & RagThresholds,
): RagStatus {
	const basisPoints = progressBasisPoints(input.deliveredHundredths, input.expectedHundredths)
	if (basisPoints === null) return 'not_due'
	const percent = wholePercent(basisPoints)
	if (percent >= input.greenPercent) return 'green'
	if (percent >= input.amberPercent) return 'amber'
	return 'red'
}

/** Red and amber are behind plan; green, and nothing due yet, are not. */
export function behindPlan(rag: RagStatus): rag is 'red' | 'amber' {
	return rag === 'red' || rag === 'amber'
}

/** What a commitment stood at when a return's period ended, counting that return's figures as if approved. */
export type ReturnLineStanding = {
	committed: number | null
	before: number
	thisReturn: number
	expected: number | null
	percent: number | null
	rag: RagStatus
}

/**
 * A commitment counted in numbers, as a return under review leaves it: what approved returns
 * delivered before, plus this return, against what the milestones expect by the end of its
 * period. What the reviewer sees beside each answer, and what decides whether a return is on plan.
 */
export function returnLineStanding(
	input: {
		committedHundredths: number | null
		milestones: Milestone[]
		contractStart: string
		periodEnd: string
		approvedBeforeHundredths: number
		thisReturnHundredths: number
	},
	thresholds: RagThresholds,
): ReturnLineStanding {
	const expected = expectedToDate(input.milestones, input.contractStart, input.periodEnd)
	const delivered = input.approvedBeforeHundredths + input.thisReturnHundredths
	return {
		committed: input.committedHundredths,
		before: input.approvedBeforeHundredths,
		thisReturn: input.thisReturnHundredths,
		expected,
		percent: progressBasisPoints(delivered, expected),
		rag: ragStatus({ deliveredHundredths: delivered, expectedHundredths: expected, ...thresholds }),
	}
}

/** Hundredths of a percent to the whole percentage shown, halves rounded up: 8950 → 90. */
export function wholePercent(basisPoints: number): number {
	return Math.floor((basisPoints + 50) / 100)
}

/** 40816 → "408%": progress reads in whole percentages. */
export function formatProgress(basisPoints: number): string {
	return `${wholePercent(basisPoints)}%`
}

/**
 * What each status means, in words, from the same thresholds `ragStatus` decides by: shown
 * beside every table of RAG tags. Red is left out when amber starts at 0%, as nothing is red then.
 */
export function ragMeanings({
	greenPercent,
	amberPercent,
}: RagThresholds): Array<{ status: RagStatus; meaning: string }> {
	return [
		{ status: 'green', meaning: `delivered ${greenPercent}% or more of what the milestones expect` },
		{ status: 'amber', meaning: `delivered ${amberPercent}% or more, but under ${greenPercent}%` },
		...(amberPercent > 0 ? [{ status: 'red' as const, meaning: `delivered under ${amberPercent}%` }] : []),
		{ status: 'not_due', meaning: 'the milestones expect nothing yet, or the commitment is described in words' },
	]
}

/** Delivered as a share of expected in hundredths of a percent (8750 = 87.5%), halves rounded up; null when nothing is expected yet. */
export function progressBasisPoints(deliveredHundredths: number, expectedHundredths: number | null): number | null {
	if (expectedHundredths === null || expectedHundredths <= 0) return null
	// BigInt: delivered × 20,000 can pass 2^53, and a float quotient can land a hair off a half.
	const doubled = BigInt(deliveredHundredths) * 20_000n
	const expected = BigInt(expectedHundredths)
	const numerator = doubled + expected
	const denominator = 2n * expected
	const quotient = numerator / denominator
	// BigInt division truncates toward zero; floor it for the (unexpected) negative case.
	return Number(numerator % denominator < 0n ? quotient - 1n : quotient)
}
