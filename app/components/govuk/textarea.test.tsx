import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Textarea, type TextareaProps } from './textarea.tsx'

describe('Textarea', () => {
	it.each(fixtureCases<TextareaProps>('textarea'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Textarea {...options} />))).toBe(normaliseHtml(html))
	})
})
