import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DateInput, type DateInputProps } from './date-input.tsx'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'

describe('DateInput', () => {
	it.each(fixtureCases<DateInputProps>('date-input'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<DateInput {...options} />))).toBe(normaliseHtml(html))
	})
})
