import { expect, test } from 'vitest'
import { measureFormSchema, saveMeasureSchema } from './measure-form.ts'
import { STARTING_CATALOGUE, STARTING_UNITS, catalogueOf } from './units.ts'

const MeasureFormSchema = measureFormSchema(STARTING_CATALOGUE)
const SaveMeasureSchema = saveMeasureSchema(STARTING_CATALOGUE)

const valid = {
	outcomeId: '3',
	code: 'EMP-1',
	title: 'Local jobs',
	unit: 'people_fte',
	proxyValue: '£15,000.50',
	guidance: '',
	evidenceGuidance: '',
	priorityCodes: ['CP1'],
	version: '2',
}

function messages(input: Record<string, unknown>) {
	const result = MeasureFormSchema.safeParse(input)
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

test('a valid form becomes a measure with its value in pence', () => {
	expect(MeasureFormSchema.parse(valid)).toEqual({
		outcomeId: 3,
		version: 2,
		measure: {
			code: 'EMP-1',
			title: 'Local jobs',
			unit: 'people_fte',
			proxyValuePence: 1500050,
			guidance: '',
			evidenceGuidance: '',
			priorityCodes: ['CP1'],
		},
	})
})

test('an empty value makes a record-only measure', () => {
	expect(MeasureFormSchema.parse({ ...valid, proxyValue: '' }).measure.proxyValuePence).toBeNull()
})

test.each([
	[{ proxyValue: '1.234' }, 'proxyValue: Proxy value must not have fractions of a penny (at most 2 decimal places)'],
	[{ proxyValue: 'lots' }, 'proxyValue: Proxy value must be a number, like 16.93'],
	[{ proxyValue: '-3' }, 'proxyValue: Proxy value must be £0 or more'],
	[{ unit: 'text', proxyValue: '5' }, 'proxyValue: A text (qualitative) measure cannot have a proxy value'],
	[{ unit: 'furlongs' }, 'unit: Select a unit'],
	[{ code: 'has space' }, 'code: Code must use only letters, numbers, dots and hyphens'],
	[{ title: '   ' }, 'title: Enter a title'],
	[{ outcomeId: '' }, 'outcomeId: Select an outcome'],
])('%j is refused', (change, message) => {
	expect(messages({ ...valid, ...change })).toContain(message)
})

test('sent by its Save button, the form keeps the button beside the measure', () => {
	const saved = SaveMeasureSchema.parse({ ...valid, intent: 'save' })
	expect(saved).toEqual({ ...MeasureFormSchema.parse(valid), intent: 'save' })
	expect(SaveMeasureSchema.safeParse({ ...valid, intent: 'delete' }).success).toBe(false)
})

test('a retired unit is refused for a measure, unless the measure already has it', () => {
	const withRetiredWeeks = catalogueOf(STARTING_UNITS.map((u) => (u.key === 'weeks' ? { ...u, retired: true } : u)))
	expect(measureFormSchema(withRetiredWeeks).safeParse({ ...valid, unit: 'weeks' }).success).toBe(false)
	expect(measureFormSchema(withRetiredWeeks, 'weeks').parse({ ...valid, unit: 'weeks' }).measure.unit).toBe('weeks')
})

test('a council’s own unit in words is qualitative', () => {
	const story = { ...STARTING_UNITS[0]!, key: 'case_study', name: 'Case study', kind: 'words' as const, code: null }
	const units = catalogueOf([...STARTING_UNITS, story])
	const result = measureFormSchema(units).safeParse({ ...valid, unit: 'case_study', proxyValue: '3' })
	expect(result.success).toBe(false)
})
