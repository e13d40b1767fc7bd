/** Money is whole pence everywhere; these turn it to and from what people read and type. */

export type PoundsParse =
	| {
			ok: true
			pence: number
			/** Set when the value had fractions of a penny, so the pence are not exactly what was written. */
			rounded?: true
	  }
	| { ok: false; problem: 'not-a-number' | 'negative' | 'too-precise' | 'too-large' }

const MAX_PENCE = 100_000_000_000 // £1 billion: far above any proxy value, well inside safe integers

/**
 * Parses "101", "101.5", "£1,234.56" into pence. Refuses fractions of a penny unless told to
 * round them to the nearest penny, half a penny rounding up (£17.575 is £17.58). Rounding works
 * on the digits as written, so no binary float can tip a value the wrong way.
 */
export function parsePounds(input: string, { roundToPenny = false }: { roundToPenny?: boolean } = {}): PoundsParse {
	const cleaned = input.trim().replace(/^£/, '').replace(/,/g, '')
	if (cleaned.startsWith('-') && /^-\d/.test(cleaned)) return { ok: false, problem: 'negative' }
	const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned)
	if (!match) return { ok: false, problem: 'not-a-number' }
	const [, whole = '', fraction = ''] = match
	if (fraction.length > 2 && !roundToPenny) return { ok: false, problem: 'too-precise' }
	const halfPennyOrMore = fraction.length > 2 && fraction.charAt(2) >= '5'
	const pence = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0')) + (halfPennyOrMore ? 1 : 0)
	if (!Number.isSafeInteger(pence) || pence > MAX_PENCE) return { ok: false, problem: 'too-large' }
	return /[1-9]/.test(fraction.slice(2)) ? { ok: true, pence, rounded: true } : { ok: true, pence }
}

const poundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 })

/** 10100 → "£101.00"; 123456789 → "£1,234,567.89". */
export function formatPounds(pence: number): string {
	return poundsFormat.format(pence / 100)
}

/** 10100 → "101.00": for spreadsheets and form fields, without the £ sign or commas. */
export function penceToDecimal(pence: number): string {
	const sign = pence < 0 ? '-' : ''
	const abs = Math.abs(pence)
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
