import { describe, expect, test } from 'vitest'
import {
	catalogueOf,
	normaliseUnitText,
	proxyValueIn,
	quantityHint,
	quantityIn,
	readQuantity,
	STARTING_CATALOGUE,
	STARTING_UNITS,
	unitChoices,
	unitFor,
	unitMatcher,
	type Unit,
} from './units.ts'

const unit = (key: string) => unitFor(STARTING_CATALOGUE, key)

const apprenticeshipWeeks: Unit = {
	key: 'apprenticeship_weeks',
	name: 'Weeks of apprenticeship',
	singular: 'week of apprenticeship',
	plural: 'weeks of apprenticeship',
	kind: 'decimal',
	decimalPlaces: 1,
	code: 'NT10',
	retired: false,
}

describe('a quantity reads as its unit says', () => {
	test('one and many take their own forms', () => {
		expect(quantityIn(unit('weeks'), 100)).toBe('1 week')
		expect(quantityIn(unit('weeks'), 250)).toBe('2.5 weeks')
		expect(quantityIn(unit('people_fte'), 1_250_00)).toBe('1,250 people (FTE)')
		expect(quantityIn(apprenticeshipWeeks, 0)).toBe('0 weeks of apprenticeship')
	})

	test('money reads as pounds and a percentage with its sign', () => {
		expect(quantityIn(unit('pounds'), 1_250_50)).toBe('£1,250.50')
		expect(quantityIn(unit('percent'), 1250)).toBe('12.5%')
	})

	test('a proxy value is per one of the unit, and words have none', () => {
		expect(proxyValueIn(unit('expert_hours'), 10100)).toBe('£101.00 per expert hour')
		expect(proxyValueIn(unit('tonnes_co2e'), 24463)).toBe('£244.63 per tonne CO2e')
		expect(proxyValueIn(unit('pounds'), 25)).toBe('£0.25 per £1')
		expect(proxyValueIn(apprenticeshipWeeks, 17500)).toBe('£175.00 per week of apprenticeship')
		expect(proxyValueIn(unit('hours'), null)).toBe('Record only')
		expect(proxyValueIn(unit('text'), null)).toBe('Qualitative (no £ value)')
	})

	test('a key the catalogue lacks reads as itself rather than failing', () => {
		expect(unitFor(STARTING_CATALOGUE, 'furlongs')).toMatchObject({ name: 'furlongs', kind: 'decimal' })
		expect(quantityIn(unitFor(STARTING_CATALOGUE, 'furlongs'), 300)).toBe('3 furlongs')
	})
})

describe('a quantity typed is read for its kind', () => {
	test('a count takes whole numbers only', () => {
		expect(readQuantity('12', unit('visits'), 'Quantity')).toEqual({ ok: true, hundredths: 1200 })
		expect(readQuantity('12.5', unit('visits'), 'Quantity')).toEqual({
			ok: false,
			message: 'Quantity must be a whole number of visits',
		})
		expect(quantityHint(unit('visits'))).toBe('Unit: Visits. A whole number of visits')
	})

	test('a decimal takes the places it says', () => {
		expect(readQuantity('2.5', apprenticeshipWeeks, 'Quantity')).toEqual({ ok: true, hundredths: 250 })
		expect(readQuantity('2.55', apprenticeshipWeeks, 'Quantity')).toEqual({
			ok: false,
			message: 'Quantity must have at most 1 decimal place',
		})
		expect(readQuantity('2.555', unit('hours'), 'Quantity')).toEqual({ ok: false, problem: 'too-precise' })
		expect(quantityHint(apprenticeshipWeeks)).toBe('Unit: Weeks of apprenticeship. Up to 1 decimal place')
	})

	test('money may carry a pound sign and a percentage its per cent sign, up to 100', () => {
		expect(readQuantity('£1,250.50', unit('pounds'), 'Quantity')).toEqual({ ok: true, hundredths: 1_250_50 })
		expect(readQuantity('12.5%', unit('percent'), 'Quantity')).toEqual({ ok: true, hundredths: 1250 })
		expect(readQuantity('101', unit('percent'), 'Quantity')).toEqual({
			ok: false,
			message: 'Quantity must be 100% or less',
		})
		expect(readQuantity('£5', unit('hours'), 'Quantity')).toEqual({ ok: false, problem: 'not-a-number' })
	})
})

describe('a unit named in a spreadsheet is matched to the council’s', () => {
	const match = unitMatcher([...STARTING_UNITS, apprenticeshipWeeks])
	const matched = (text: string) => match(text)?.key

	test('by code, name or either form', () => {
		expect(matched('NT10')).toBe('apprenticeship_weeks')
		expect(matched('Weeks of apprenticeship')).toBe('apprenticeship_weeks')
		expect(matched('week of apprenticeship')).toBe('apprenticeship_weeks')
		expect(matched('expert_hours')).toBe('expert_hours')
		expect(matched('Expert hours')).toBe('expert_hours')
		expect(matched('expert hour')).toBe('expert_hours')
	})

	test('whatever the case, spacing and punctuation, but not a different symbol', () => {
		expect(matched('  WEEKS   OF apprenticeship ')).toBe('apprenticeship_weeks')
		expect(matched('nt-10')).toBe('apprenticeship_weeks')
		expect(matched('People FTE')).toBe('people_fte')
		expect(matched('people-(fte).')).toBe('people_fte')
		expect(matched('£')).toBe('pounds')
		expect(matched('%')).toBe('percent')
		expect(matched('$')).toBeUndefined()
		expect(matched('no. hrs x no. attendees')).toBeUndefined()
	})

	test('singular and plural alike', () => {
		expect(matched('tonne')).toBe('tonnes')
		expect(matched('Tonnes')).toBe('tonnes')
		expect(matched('visit')).toBe('visits')
		expect(matched('person (FTE)')).toBe('people_fte')
	})

	test('a retired unit is not matched', () => {
		const retired = unitMatcher([{ ...apprenticeshipWeeks, retired: true }])
		expect(retired('NT10')).toBeUndefined()
	})

	test('a code wins over another unit’s name', () => {
		const byCode = unitMatcher([
			{ ...apprenticeshipWeeks, code: 'hours' },
			{ ...apprenticeshipWeeks, key: 'hours_key', name: 'Hours', code: null },
		])
		expect(byCode('hours')?.key).toBe('apprenticeship_weeks')
	})

	test('normalising keeps letters, digits and symbols only', () => {
		expect(normaliseUnitText('No. People (FTE)')).toBe('nopeoplefte')
		expect(normaliseUnitText('Hours × attendees')).toBe('hours×attendees')
		expect(normaliseUnitText('£ invested')).toBe('£invested')
	})
})

test('the choices for a measure are the active units, and its own retired one', () => {
	const units = catalogueOf([unit('hours'), { ...apprenticeshipWeeks, retired: true }, unit('text')])
	expect(unitChoices(units, null)).toEqual([
		{ value: 'hours', text: 'Hours' },
		{ value: 'text', text: 'Text (qualitative)' },
	])
	expect(unitChoices(units, 'apprenticeship_weeks').map((choice) => choice.text)).toEqual([
		'Hours',
		'Text (qualitative)',
		'Weeks of apprenticeship (retired)',
	])
})
