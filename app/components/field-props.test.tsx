import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { dateFieldEntries, dateFieldErrors, readDateParts } from '#app/domain/date-parts.ts'
import { dateFieldError, dateInputProps, plainDateField } from './field-props.ts'
import { DateInput } from './govuk/date-input.tsx'

const names = { missing: 'Enter the date changes are due by', label: 'Changes due by' }

/** The date as a plain form shows it after `parts` were typed and read. */
function typed(parts: { day?: string; month?: string; year?: string }) {
	const reading = readDateParts(parts, names)
	const errors = reading.ok ? {} : dateFieldErrors('due', reading)
	return plainDateField('due', Object.fromEntries(dateFieldEntries('due', parts)), errors)
}

function render(state: ReturnType<typeof typed>) {
	const { key, ...props } = dateInputProps(state)
	return renderToStaticMarkup(<DateInput key={key} fieldset={{ legend: { text: 'Changes due by' } }} {...props} />)
}

const highlighted = (html: string) =>
	[...html.matchAll(/<input class="[^"]*govuk-input--error[^"]*" id="([^"]+)"/g)].map((match) => match[1])

test('only the fields in error are highlighted, and the summary links to the first of them', () => {
	const state = typed({ day: '', month: '4', year: '' })
	const html = render(state)
	expect(highlighted(html)).toEqual(['due.day', 'due.year'])
	expect(html).toContain('Changes due by must include a day and year')
	expect(dateFieldError(state)).toEqual({ id: 'due.day', errors: ['Changes due by must include a day and year'] })
	const month = typed({ day: '3', month: '13', year: '2027' })
	expect(highlighted(render(month))).toEqual(['due.month'])
	expect(dateFieldError(month)).toEqual({ id: 'due.month', errors: ['Changes due by must be a real date'] })
})

test('what was typed is shown again, each part under its own name', () => {
	const html = render(typed({ day: ' 3 ', month: 'Jan', year: '27' }))
	expect(html).toMatch(/id="due.day"[^>]*name="due.day" value=" 3 "/)
	expect(html).toMatch(/id="due.month"[^>]*name="due.month" value="Jan"/)
	expect(html).toMatch(/id="due.year"[^>]*name="due.year" value="27"/)
	expect(highlighted(html)).toEqual(['due.year'])
})

test('an error about the whole date highlights all three parts and links to the day', () => {
	const state = plainDateField('due', {}, { due: 'Changes due by must be today or in the future' })
	expect(highlighted(render(state))).toEqual(['due.day', 'due.month', 'due.year'])
	expect(dateFieldError(state)).toEqual({ id: 'due.day', errors: ['Changes due by must be today or in the future'] })
})

test('a good date has no error and nothing highlighted', () => {
	const state = typed({ day: '3', month: '4', year: '2027' })
	expect(dateFieldError(state)).toEqual({ id: 'due.day', errors: undefined })
	expect(highlighted(render(state))).toEqual([])
	expect(render(state)).not.toContain('govuk-form-group--error')
})
