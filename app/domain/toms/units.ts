import { parseAmount, QUANTITY, type AmountProblem } from '../amounts.ts'
import { formatQuantity } from '../matrix/valuation.ts'
import { formatPounds } from './money.ts'

/**
 * The council's units are data (the `toms_units` table): each says how one and many read and
 * what kind of figure it takes. Measures and commitments hold a unit's key, which never
 * changes; everything that shows a quantity reads the unit from a catalogue by that key.
 */

export const UNIT_KINDS = ['count', 'decimal', 'money', 'percent', 'words'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export type Unit = {
	key: string
	/** As people read it in lists: "Weeks of apprenticeship". */
	name: string
	/** After one, and after a proxy value: "1 week", "£16.93 per week". */
	singular: string
	/** After any other number: "3 weeks". */
	plural: string
	kind: UnitKind
	/** For a decimal unit, the places after the point it takes: 1 or 2. */
	decimalPlaces: number
	code: string | null
	retired: boolean
}

/** The council's units by key. */
export type UnitCatalogue = ReadonlyMap<string, Unit>

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
	count: 'A whole number',
	decimal: 'A number with decimal places',
	money: 'An amount of money in pounds',
	percent: 'A percentage',
	words: 'Words (a qualitative measure, never valued)',
}

/** Quantities are whole hundredths, so no unit takes more than two decimal places. */
export const MAX_DECIMAL_PLACES = 2

/** The places a unit's figures may have: none for a count, two for money and percentages. */
export function placesOf(unit: Pick<Unit, 'kind' | 'decimalPlaces'>): number {
	if (unit.kind === 'count' || unit.kind === 'words') return 0
	if (unit.kind === 'decimal') return Math.min(Math.max(unit.decimalPlaces, 1), MAX_DECIMAL_PLACES)
	return 2
}

export function catalogueOf(units: Unit[]): UnitCatalogue {
	return new Map(units.map((unit) => [unit.key, unit]))
}

/**
 * The unit with this key. A key the catalogue lacks (the database refuses one, so only old
 * data restored from elsewhere could hold it) reads as itself and takes two decimal places.
 */
export function unitFor(catalogue: UnitCatalogue, key: string): Unit {
	return (
		catalogue.get(key) ?? {
			key,
			name: key,
			singular: key,
			plural: key,
			kind: 'decimal',
			decimalPlaces: 2,
			code: null,
			retired: true,
		}
	)
}

/** A measure in words is qualitative: it takes a commitment in words and has no £ value. */
export function isQualitative(unit: Pick<Unit, 'kind'>): boolean {
	return unit.kind === 'words'
}

/** "1 week", "2.5 weeks", "£1,250.00", "12.5%": a quantity as the unit reads it. */
export function quantityIn(unit: Unit, hundredths: number): string {
	if (unit.kind === 'money') return formatPounds(hundredths)
	if (unit.kind === 'percent') return `${formatQuantity(hundredths)}%`
	return `${formatQuantity(hundredths)} ${hundredths === 100 ? unit.singular : unit.plural}`
}

/** "£101.00 per expert hour", "£0.25 per £1", "Record only", or "Qualitative (no £ value)". */
export function proxyValueIn(unit: Unit, proxyValuePence: number | null): string {
	if (isQualitative(unit)) return 'Qualitative (no £ value)'
	if (proxyValuePence === null) return 'Record only'
	return `${formatPounds(proxyValuePence)} per ${unit.kind === 'money' ? '£1' : unit.singular}`
}

/** What a quantity field in this unit takes, as its hint says it. */
export function quantityHint(unit: Unit): string {
	if (unit.kind === 'money') return `Unit: ${unit.name}. An amount in pounds, like 1250.50`
	if (unit.kind === 'percent') return `Unit: ${unit.name}. A percentage from 0 to 100, up to 2 decimal places`
	if (unit.kind === 'count') return `Unit: ${unit.name}. A whole number of ${unit.plural}`
	const places = placesOf(unit)
	return `Unit: ${unit.name}. Up to ${places} decimal ${places === 1 ? 'place' : 'places'}`
}

/**
 * What is wrong with a quantity, already read as hundredths, for its unit's kind; null when
 * nothing is. `subject` starts the message: "Quantity", "Delivered so far".
 */
export function quantityKindProblem(unit: Unit, hundredths: number, subject: string): string | null {
	const places = placesOf(unit)
	if (places === 0 && hundredths % 100 !== 0) return `${subject} must be a whole number of ${unit.plural}`
	if (places === 1 && hundredths % 10 !== 0) return `${subject} must have at most 1 decimal place`
	if (unit.kind === 'percent' && hundredths > 100_00) return `${subject} must be 100% or less`
	return null
}

/**
 * Reads a quantity typed in this unit into hundredths: "£" may lead an amount of money, "%" may
 * follow a percentage. Gives the amount's own problem, or the kind's (a count with decimals).
 */
export function readQuantity(
	text: string,
	unit: Unit,
	subject: string,
): { ok: true; hundredths: number } | { ok: false; problem: AmountProblem } | { ok: false; message: string } {
	const cleaned = unit.kind === 'percent' ? text.replace(/%\s*$/, '') : text
	const parsed = parseAmount(cleaned, unit.kind === 'money' ? POUNDS_QUANTITY : QUANTITY)
	if (!parsed.ok) return parsed
	const problem = quantityKindProblem(unit, parsed.hundredths, subject)
	return problem === null ? { ok: true, hundredths: parsed.hundredths } : { ok: false, message: problem }
}

const POUNDS_QUANTITY = { ...QUANTITY, sign: '£' }

/**
 * How a unit's text is compared with the council's units: case, spaces and punctuation do
 * not matter ("No. people (FTE)" is "nopeoplefte"), but symbols do ("£", "%", "×"). Unicode
 * counts "%" as punctuation; here it is the symbol of a percentage, so it stays.
 */
export function normaliseUnitText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/(?:(?!%)[\p{P}\s])+/gu, '')
}

/**
 * Finds the council's unit a spreadsheet names, by its code, name, or either form. Retired
 * units are not offered for new measures, so they are not matched either.
 */
export function unitMatcher(units: Iterable<Unit>): (text: string) => Unit | undefined {
	const byText = new Map<string, Unit>()
	const active = [...units].filter((unit) => !unit.retired)
	// Codes first, then names, then forms: a code is the most deliberate way to name a unit.
	for (const pick of [(u: Unit) => [u.code ?? ''], (u: Unit) => [u.key, u.name], (u: Unit) => [u.singular, u.plural]]) {
		for (const unit of active) {
			for (const text of pick(unit)) {
				const normal = normaliseUnitText(text)
				if (normal !== '' && !byText.has(normal)) byText.set(normal, unit)
			}
		}
	}
	return (text) => byText.get(normaliseUnitText(text))
}

/**
 * The twelve units every council starts with (migration 0020 puts them in its database). Tests
 * and pure code use them as a ready catalogue.
 */
export const STARTING_UNITS: Unit[] = (
	[
		['people_fte', 'People (FTE)', 'person (FTE)', 'people (FTE)', 'decimal', 2],
		['weeks', 'Weeks', 'week', 'weeks', 'decimal', 2],
		['hours', 'Hours', 'hour', 'hours', 'decimal', 2],
		['hours_attendees', 'Hours × attendees', 'attendee hour', 'attendee hours', 'decimal', 2],
		['expert_hours', 'Expert hours', 'expert hour', 'expert hours', 'decimal', 2],
		['pounds', '£', 'pound', 'pounds', 'money', 2],
		['tonnes', 'Tonnes', 'tonne', 'tonnes', 'decimal', 2],
		['tonnes_co2e', 'Tonnes CO2e', 'tonne CO2e', 'tonnes CO2e', 'decimal', 2],
		['visits', 'Visits', 'visit', 'visits', 'count', 0],
		['employees', 'Employees', 'employee', 'employees', 'count', 0],
		['percent', '%', 'percentage point', 'percentage points', 'percent', 2],
		['text', 'Text', 'text', 'text', 'words', 0],
	] as const
).map(([key, name, singular, plural, kind, decimalPlaces]) => ({
	key,
	name,
	singular,
	plural,
	kind,
	decimalPlaces,
	code: key,
	retired: false,
}))

export const STARTING_CATALOGUE: UnitCatalogue = catalogueOf(STARTING_UNITS)

/**
 * The units offered for a measure, as a select's items: the council's active units, and the
 * measure's own unit if it has since been retired, so keeping it is a choice too.
 */
export function unitChoices(units: UnitCatalogue, keptKey: string | null): Array<{ value: string; text: string }> {
	return [...units.values()]
		.filter((unit) => !unit.retired || unit.key === keptKey)
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
		.map((unit) => ({
			value: unit.key,
			text: `${unit.name}${isQualitative(unit) ? ' (qualitative)' : ''}${unit.retired ? ' (retired)' : ''}`,
		}))
}
