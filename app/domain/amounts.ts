/**
 * What people type for an amount: a sum of money or a quantity, both kept as whole
 * hundredths (pence; hundredths of a unit). One reading for both, each with its own limit.
 */

export type AmountProblem = 'empty' | 'not-a-number' | 'negative' | 'too-precise' | 'too-large'

export type AmountParse =
	| {
			ok: true
			hundredths: number
			/** Set when the amount had digits beyond hundredths, so it is not exactly what was written. */
			rounded?: true
	  }
	| { ok: false; problem: AmountProblem }

export type AmountLimit = {
	/** The largest amount accepted, in hundredths. */
	maxHundredths: number
	/** A sign that may come first, as people write money: "£1,250". */
	sign?: string
}

/** Pounds, as pence: up to £1 billion, far above any proxy value or contract and well inside safe integers. */
export const POUNDS: AmountLimit = { maxHundredths: 100_000_000_000, sign: '£' }

/** Quantities, as hundredths: up to a hundred billion units, far beyond any real commitment. */
export const QUANTITY: AmountLimit = { maxHundredths: 100_000_000_000_00 }

/**
 * Reads "12", "12.5", "1,250.75" (or "£1,250.75" for pounds) into whole hundredths. Refuses a
 * third decimal place unless told to round, half up (£17.575 is £17.58). Rounding works on the
 * digits as written, so no binary float can tip a value the wrong way.
 */
export function parseAmount(
	input: string,
	limit: AmountLimit,
	{ round = false }: { round?: boolean } = {},
): AmountParse {
	let cleaned = input.trim()
	if (limit.sign && cleaned.startsWith(limit.sign)) cleaned = cleaned.slice(limit.sign.length)
	cleaned = cleaned.replace(/,/g, '')
	if (cleaned === '') return { ok: false, problem: 'empty' }
	if (/^-\d/.test(cleaned)) return { ok: false, problem: 'negative' }
	const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned)
	if (!match) return { ok: false, problem: 'not-a-number' }
	const [, whole = '', fraction = ''] = match
	if (fraction.length > 2 && !round) return { ok: false, problem: 'too-precise' }
	const halfOrMore = fraction.length > 2 && fraction.charAt(2) >= '5'
	const hundredths = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (halfOrMore ? 1 : 0)
	if (!Number.isSafeInteger(hundredths) || hundredths > limit.maxHundredths) return { ok: false, problem: 'too-large' }
	return /[1-9]/.test(fraction.slice(2)) ? { ok: true, hundredths, rounded: true } : { ok: true, hundredths }
}
