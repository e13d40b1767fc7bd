import { parseAmount, POUNDS } from '../amounts.ts'
import { isPriced, type PricedMeasure, type PriceableMeasure } from './priceable.ts'

/**
 * A yearly uplift of proxy values (by the council's inflation figure, say). Percentages are
 * kept as whole basis points (hundredths of a percent: 3.5% is 350) and values as whole
 * pence, so every new value is worked out in integers and nothing depends on binary floats.
 */

/** A cut of more than half, or a rise of more than double, is far more likely a typing mistake than a council's figure. */
export const UPLIFT_MIN_BASIS_POINTS = -5_000
export const UPLIFT_MAX_BASIS_POINTS = 10_000

export const UPLIFT_ROUNDING_RULE = 'Each new value is rounded to the nearest penny; half a penny rounds up.'

const BASIS_POINTS_IN_WHOLE = 10_000n

export const percentageProblems = {
	empty: 'Enter the percentage',
	'not-a-number': 'Percentage must be a number, like 3.5',
	'too-precise': 'Percentage must have no more than 2 decimal places',
	zero: 'Percentage must not be 0',
	'too-small': `Percentage must be ${UPLIFT_MIN_BASIS_POINTS / 100} or more`,
	'too-large': `Percentage must be ${UPLIFT_MAX_BASIS_POINTS / 100} or less`,
} as const

export type PercentageProblem = keyof typeof percentageProblems

/**
 * Reads "3.5", "3.5%", "-1.25" or "+2" into basis points. The digits are read as amounts
 * are (two decimal places at most); the sign and the % sign are what a percentage adds.
 */
export function parsePercentage(
	input: string,
): { ok: true; basisPoints: number } | { ok: false; problem: PercentageProblem } {
	let text = input.trim().replace(/\s*%$/, '')
	let sign = 1
	if (/^[-−+]/.test(text)) {
		sign = text.startsWith('+') ? 1 : -1
		text = text.slice(1).trimStart()
	}
	// Hundredths of a percent are basis points; the range is checked below, once the sign is known.
	const amount = parseAmount(text, { maxHundredths: Number.MAX_SAFE_INTEGER })
	if (!amount.ok) {
		if (amount.problem === 'empty' && input.trim() === '') return { ok: false, problem: 'empty' }
		if (amount.problem === 'too-precise') return { ok: false, problem: 'too-precise' }
		if (amount.problem === 'too-large') return { ok: false, problem: sign < 0 ? 'too-small' : 'too-large' }
		return { ok: false, problem: 'not-a-number' }
	}
	const basisPoints = sign * amount.hundredths
	if (basisPoints === 0) return { ok: false, problem: 'zero' }
	if (basisPoints < UPLIFT_MIN_BASIS_POINTS) return { ok: false, problem: 'too-small' }
	if (basisPoints > UPLIFT_MAX_BASIS_POINTS) return { ok: false, problem: 'too-large' }
	return { ok: true, basisPoints }
}

/** 350 → "3.5", -125 → "-1.25", 300 → "3": as a person would write it, and as `parsePercentage` reads it back. */
export function formatPercentage(basisPoints: number): string {
	const sign = basisPoints < 0 ? '-' : ''
	const abs = Math.abs(basisPoints)
	const fraction = String(abs % 100)
		.padStart(2, '0')
		.replace(/0+$/, '')
	return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`
}

/**
 * `pence` raised by `basisPoints`, to the nearest penny, half a penny away from zero:
 * 1693 raised by 3.5% is 1752.255, so 1752; 10100 by 3.5% is 10453.5, so 10454.
 */
export function upliftPence(pence: number, basisPoints: number): number {
	if (!Number.isSafeInteger(pence) || !Number.isSafeInteger(basisPoints))
		throw new RangeError('An uplift works on whole pence and whole basis points')
	const scaled = BigInt(pence) * (BASIS_POINTS_IN_WHOLE + BigInt(basisPoints))
	// BigInt division drops the fraction towards zero; the remainder keeps the sign of `scaled`.
	const whole = scaled / BASIS_POINTS_IN_WHOLE
	const remainder = scaled % BASIS_POINTS_IN_WHOLE
	const halfOrMore = (remainder < 0n ? -remainder : remainder) * 2n >= BASIS_POINTS_IN_WHOLE
	return Number(halfOrMore ? whole + (scaled < 0n ? -1n : 1n) : whole)
}

/** Every priced measure, or only the ones ticked. */
export type UpliftChoice = { scope: 'all' } | { scope: 'chosen'; measureIds: number[] }

/**
 * The priced measures an uplift applies to, in the order given. A ticked measure that is
 * not priced (gone, or made record only, since the page was loaded) makes the choice stale.
 */
export function selectForUplift<Measure extends PriceableMeasure>(
	measures: Measure[],
	choice: UpliftChoice,
): { ok: true; measures: Array<Measure & PricedMeasure> } | { ok: false; problem: 'none-chosen' | 'not-priced' } {
	const priced = measures.filter(isPriced)
	if (choice.scope === 'all') return { ok: true, measures: priced }
	const chosen = new Set(choice.measureIds)
	if (chosen.size === 0) return { ok: false, problem: 'none-chosen' }
	const selected = priced.filter((measure) => chosen.has(measure.id))
	if (selected.length !== chosen.size) return { ok: false, problem: 'not-priced' }
	return { ok: true, measures: selected }
}

export type UpliftLine = { id: number; code: string; title: string; oldPence: number; newPence: number }

/** Each selected measure's value before and after. */
export function planUplift(measures: PricedMeasure[], basisPoints: number): UpliftLine[] {
	return measures.map((measure) => ({
		id: measure.id,
		code: measure.code,
		title: measure.title,
		oldPence: measure.proxyValuePence,
		newPence: upliftPence(measure.proxyValuePence, basisPoints),
	}))
}

/** The lines whose value moves: a small value can round back to what it was. */
export function changedLines(lines: UpliftLine[]): UpliftLine[] {
	return lines.filter((line) => line.newPence !== line.oldPence)
}

/** The first line the uplift would take above the largest proxy value there can be, if any. */
export function lineTooLarge(lines: UpliftLine[]): UpliftLine | undefined {
	return lines.find((line) => line.newPence > POUNDS.maxHundredths)
}
