/**
 * The fixed set of units a measure can be counted in. `per` is how one unit reads after a
 * proxy value ("£16.93 per hour"); text measures are qualitative and never valued.
 */
export const units = {
	people_fte: { label: 'People (FTE)', per: 'person (FTE)' },
	weeks: { label: 'Weeks', per: 'week' },
	hours: { label: 'Hours', per: 'hour' },
	hours_attendees: { label: 'Hours × attendees', per: 'attendee hour' },
	expert_hours: { label: 'Expert hours', per: 'expert hour' },
	pounds: { label: '£', per: '£1' },
	tonnes: { label: 'Tonnes', per: 'tonne' },
	tonnes_co2e: { label: 'Tonnes CO2e', per: 'tonne CO2e' },
	visits: { label: 'Visits', per: 'visit' },
	employees: { label: 'Employees', per: 'employee' },
	percent: { label: '%', per: 'percentage point' },
	text: { label: 'Text', per: '' },
} as const

export type UnitKey = keyof typeof units

export const unitKeys = Object.keys(units) as UnitKey[]

export function isUnitKey(value: string): value is UnitKey {
	return Object.hasOwn(units, value)
}

export function isQualitative(unit: UnitKey): boolean {
	return unit === 'text'
}
