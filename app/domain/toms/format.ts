import { formatPounds } from './money.ts'
import { isQualitative, units, type UnitKey } from './units.ts'

/** "£101.00 per expert hour", "Record only", or "Qualitative (no £ value)". */
export function describeProxyValue(unit: string, proxyValuePence: number | null): string {
	const known = (units as Record<string, { per: string } | undefined>)[unit]
	if (unit === 'text' || (known && isQualitative(unit as UnitKey))) return 'Qualitative (no £ value)'
	if (proxyValuePence === null) return 'Record only'
	return known ? `${formatPounds(proxyValuePence)} per ${known.per}` : formatPounds(proxyValuePence)
}

export function unitLabel(unit: string): string {
	return (units as Record<string, { label: string } | undefined>)[unit]?.label ?? unit
}
