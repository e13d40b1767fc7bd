import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { demoEditionDescription, demoEditionName, demoFramework, demoPriorities } from './demo-framework.ts'

const outcomes = demoFramework.themes.flatMap((theme) => theme.outcomes)
const measures = outcomes.flatMap((outcome) => outcome.measures)

test('the demo edition is clearly marked as illustrative', () => {
	expect(demoEditionName('2025/26')).toBe('2025/26 (illustrative)')
	expect(demoEditionDescription).toContain('illustrative')
	expect(demoEditionDescription).toMatch(/not an official or licensed/)
})

test('the framework has about 5 themes, 12 outcomes and 40 measures, and no empty outcome', () => {
	expect(demoFramework.themes.length).toBeGreaterThanOrEqual(4)
	expect(demoFramework.themes.length).toBeLessThanOrEqual(6)
	expect(outcomes.length).toBeGreaterThanOrEqual(10)
	expect(outcomes.length).toBeLessThanOrEqual(14)
	expect(measures.length).toBeGreaterThanOrEqual(35)
	expect(measures.length).toBeLessThanOrEqual(45)
	for (const theme of demoFramework.themes) {
		expect(theme.name.trim()).not.toBe('')
		expect(theme.outcomes.length).toBeGreaterThanOrEqual(2)
		expect(theme.outcomes.length).toBeLessThanOrEqual(3)
	}
	for (const outcome of outcomes) {
		expect(outcome.name.trim()).not.toBe('')
		expect(outcome.measures.length, outcome.name).toBeGreaterThan(0)
	}
	expect(new Set(demoFramework.themes.map((theme) => theme.name)).size).toBe(demoFramework.themes.length)
	expect(new Set(outcomes.map((outcome) => outcome.name)).size).toBe(outcomes.length)
})

test('every unit is used at least once, and only known units are used', () => {
	for (const measure of measures) expect(STARTING_CATALOGUE.has(measure.unit), measure.code).toBe(true)
	const used = new Set(measures.map((measure) => measure.unit))
	for (const unit of STARTING_CATALOGUE.keys()) expect(used.has(unit), unit).toBe(true)
})

test('there are record-only and qualitative measures, and text measures are never valued', () => {
	const recordOnly = measures.filter((measure) => measure.unit !== 'text' && measure.proxyValuePence === null)
	const qualitative = measures.filter((measure) => measure.unit === 'text')
	expect(recordOnly.length).toBeGreaterThanOrEqual(4)
	expect(qualitative.length).toBeGreaterThanOrEqual(2)
	for (const measure of qualitative) expect(measure.proxyValuePence, measure.code).toBeNull()
})

test('proxy values are whole, positive pence', () => {
	for (const measure of measures) {
		if (measure.proxyValuePence === null) continue
		expect(Number.isInteger(measure.proxyValuePence), measure.code).toBe(true)
		expect(measure.proxyValuePence, measure.code).toBeGreaterThan(0)
	}
})

test('measure codes are unique and well formed, and titles are short', () => {
	const codes = measures.map((measure) => measure.code)
	expect(new Set(codes).size).toBe(codes.length)
	for (const measure of measures) {
		expect(measure.code).toMatch(/^[A-Za-z0-9.-]{1,20}$/)
		expect(measure.title.trim(), measure.code).not.toBe('')
		expect(measure.title.length, measure.code).toBeLessThan(200)
	}
})

test('the codes do not follow the National TOMs scheme', () => {
	for (const measure of measures) expect(measure.code, measure.code).toMatch(/^[A-Z]{3,4}-\d+$/)
})

test('every measure says what counts and what proves delivery', () => {
	for (const measure of measures) {
		expect(measure.guidance.trim(), measure.code).not.toBe('')
		expect(measure.evidenceGuidance.trim(), measure.code).not.toBe('')
	}
})

test('apostrophes are typographic throughout', () => {
	const texts = [
		demoEditionName('2025/26'),
		demoEditionDescription,
		...demoPriorities.flatMap((priority) => [priority.name, priority.description]),
		...demoFramework.themes.map((theme) => theme.name),
		...outcomes.map((outcome) => outcome.name),
		...measures.flatMap((measure) => [measure.title, measure.guidance, measure.evidenceGuidance]),
	]
	for (const text of texts) expect(text).not.toContain("'")
})

test('there are five priorities CP1 to CP5, each linked to at least 3 measures', () => {
	expect(demoPriorities.map((priority) => priority.code)).toEqual(['CP1', 'CP2', 'CP3', 'CP4', 'CP5'])
	for (const priority of demoPriorities) {
		expect(priority.name.trim()).not.toBe('')
		expect(priority.description.trim()).not.toBe('')
		const linked = measures.filter((measure) => measure.priorityCodes.includes(priority.code))
		expect(linked.length, priority.code).toBeGreaterThanOrEqual(3)
	}
})

test('priority links refer to demo priorities; some measures serve two and a few serve none', () => {
	const known = new Set(demoPriorities.map((priority) => priority.code))
	for (const measure of measures) {
		for (const code of measure.priorityCodes) expect(known.has(code), `${measure.code} → ${code}`).toBe(true)
		expect(new Set(measure.priorityCodes).size, measure.code).toBe(measure.priorityCodes.length)
	}
	expect(measures.filter((measure) => measure.priorityCodes.length === 2).length).toBeGreaterThanOrEqual(2)
	expect(measures.filter((measure) => measure.priorityCodes.length === 0).length).toBeGreaterThanOrEqual(1)
})
