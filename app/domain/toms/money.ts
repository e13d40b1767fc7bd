import type { AmountProblem } from '../amounts.ts'

/** Money is whole pence everywhere; these turn it to and from what people read and type (see amounts.ts). */

/** What is wrong with a proxy value as typed, in the words of the measure form and the spreadsheet import alike. */
export const proxyValueProblems: Record<AmountProblem, string> = {
	empty: 'Proxy value must be a number, like 16.93',
	'not-a-number': 'Proxy value must be a number, like 16.93',
	negative: 'Proxy value must be £0 or more',
	'too-precise': 'Proxy value must not have fractions of a penny (at most 2 decimal places)',
	'too-large': 'Proxy value is too large',
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

/** 354 → "+£3.54", -100 → "-£1.00", 0 → "£0.00": how much a value moved. */
export function formatPoundsDifference(pence: number): string {
	return pence > 0 ? `+${formatPounds(pence)}` : formatPounds(pence)
}
