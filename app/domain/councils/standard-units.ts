import type { UnitKind } from '../toms/units.ts'

/**
 * The units every council starts with (as migration 0020 gave the first council): each key is
 * also its code, as earlier spreadsheets wrote it. A council renames, adds and retires its own.
 */
export const standardUnits: readonly {
	key: string
	name: string
	singular: string
	plural: string
	kind: UnitKind
	decimalPlaces: number
}[] = [
	{
		key: 'people_fte',
		name: 'People (FTE)',
		singular: 'person (FTE)',
		plural: 'people (FTE)',
		kind: 'decimal',
		decimalPlaces: 2,
	},
	{ key: 'weeks', name: 'Weeks', singular: 'week', plural: 'weeks', kind: 'decimal', decimalPlaces: 2 },
	{ key: 'hours', name: 'Hours', singular: 'hour', plural: 'hours', kind: 'decimal', decimalPlaces: 2 },
	{
		key: 'hours_attendees',
		name: 'Hours × attendees',
		singular: 'attendee hour',
		plural: 'attendee hours',
		kind: 'decimal',
		decimalPlaces: 2,
	},
	{
		key: 'expert_hours',
		name: 'Expert hours',
		singular: 'expert hour',
		plural: 'expert hours',
		kind: 'decimal',
		decimalPlaces: 2,
	},
	{ key: 'pounds', name: '£', singular: 'pound', plural: 'pounds', kind: 'money', decimalPlaces: 2 },
	{ key: 'tonnes', name: 'Tonnes', singular: 'tonne', plural: 'tonnes', kind: 'decimal', decimalPlaces: 2 },
	{
		key: 'tonnes_co2e',
		name: 'Tonnes CO2e',
		singular: 'tonne CO2e',
		plural: 'tonnes CO2e',
		kind: 'decimal',
		decimalPlaces: 2,
	},
	{ key: 'visits', name: 'Visits', singular: 'visit', plural: 'visits', kind: 'count', decimalPlaces: 0 },
	{ key: 'employees', name: 'Employees', singular: 'employee', plural: 'employees', kind: 'count', decimalPlaces: 0 },
	{
		key: 'percent',
		name: '%',
		singular: 'percentage point',
		plural: 'percentage points',
		kind: 'percent',
		decimalPlaces: 2,
	},
	{ key: 'text', name: 'Text', singular: 'text', plural: 'text', kind: 'words', decimalPlaces: 0 },
]
