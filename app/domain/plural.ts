// One formatter for every call: toLocaleString would set one up each time.
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/**
 * The word for a count: `pluralForm` unless the count is exactly one. English makes "0 items"
 * plural, as GOV.UK writes it. Irregular plurals ("matrices", "have") are passed in.
 */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
	return count === 1 ? singular : pluralForm
}

/** "1 measure", "0 measures", "1,250 contracts": the count with the word that fits it. */
export function countOf(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${countFormat.format(count)} ${pluralWord(count, singular, pluralForm)}`
}
