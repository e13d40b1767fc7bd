/**
 * Social value of a matrix line = quantity × proxy value.
 *
 * Quantities are held as whole hundredths (a commitment may have up to 2 decimal places),
 * proxy values as whole pence. The rounding rule: each line's value is rounded to the
 * nearest penny, halves away from zero; theme and overall totals are exact sums of the
 * rounded lines, so the figures on every page and export add up to the penny.
 */

// One formatter for every call: toLocaleString would set one up each time.
const wholeNumbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/** 1250 → "12.5"; 100 → "1": how a quantity reads, without trailing zeros. */
export function formatQuantity(hundredths: number): string {
	const whole = Math.floor(hundredths / 100)
	const fraction = String(hundredths % 100)
		.padStart(2, '0')
		.replace(/0+$/, '')
	return `${wholeNumbers.format(whole)}${fraction ? `.${fraction}` : ''}`
}

/** One line's value in whole pence; null when the measure is record only or qualitative. */
export function lineValuePence(quantityHundredths: number, proxyValuePence: number | null): number | null {
	if (proxyValuePence === null) return null
	// BigInt: hundredths × pence can pass 2^53 for large contracts before the division.
	const product = BigInt(quantityHundredths) * BigInt(proxyValuePence)
	const pence = product / 100n
	const remainder = product % 100n
	return Number(remainder >= 50n ? pence + 1n : pence)
}

export type ValuedLine = { themeName: string; valuePence: number | null }

export type MatrixTotals = {
	totalPence: number
	byTheme: Array<{ themeName: string; totalPence: number }>
	/** Total as a share of the contract value, in hundredths of a percent (1234 = 12.34%). */
	percentOfContractBasisPoints: number | null
}

export function matrixTotals(lines: ValuedLine[], contractValuePence: number): MatrixTotals {
	const byTheme = new Map<string, number>()
	let totalPence = 0
	for (const line of lines) {
		const value = line.valuePence ?? 0
		totalPence += value
		byTheme.set(line.themeName, (byTheme.get(line.themeName) ?? 0) + value)
	}
	return {
		totalPence,
		byTheme: [...byTheme].map(([themeName, total]) => ({ themeName, totalPence: total })),
		percentOfContractBasisPoints:
			contractValuePence > 0 ? Math.round((totalPence * 10_000) / contractValuePence) : null,
	}
}

/** 1234 → "12.34%". */
export function formatBasisPoints(basisPoints: number): string {
	return `${(basisPoints / 100).toFixed(2).replace(/\.00$/, '')}%`
}

/** Whether a matrix meets the tender's target (a whole percentage of the contract value). */
export function meetsTarget(totals: MatrixTotals, targetPercent: number | null): boolean | null {
	if (targetPercent === null || totals.percentOfContractBasisPoints === null) return null
	return totals.percentOfContractBasisPoints >= targetPercent * 100
}
