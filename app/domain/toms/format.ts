import { countOf } from '../plural.ts'
import { formatPounds } from './money.ts'
import { isQualitative, units, type UnitKey } from './units.ts'

/** "£101.00 per expert hour", "Record only", or "Qualitative (no £ value)". */
export function describeProxyValue(unit: string, proxyValuePence: number | null): string {
	const known = (units as Record<string, { per: string } | undefined>)[unit]
	if (unit === 'text' || (known && isQualitative(unit as UnitKey))) return 'Qualitative (no £ value)'
	if (proxyValuePence === null) return 'Record only'
	return known ? `${formatPounds(proxyValuePence)} per ${known.per}` : formatPounds(proxyValuePence)
}

/** "43 measures in 5 themes", "1 measure in 1 theme". */
export function describeEditionSize(measures: number, themes: number): string {
	return `${countOf(measures, 'measure')} in ${countOf(themes, 'theme')}`
}

export function unitLabel(unit: string): string {
	return (units as Record<string, { label: string } | undefined>)[unit]?.label ?? unit
}
