import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Checkboxes, type CheckboxesProps } from './checkboxes.tsx'

describe('Checkboxes', () => {
	it.each(fixtureCases<CheckboxesProps>('checkboxes'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Checkboxes {...options} />))).toBe(normaliseHtml(html))
	})
})
