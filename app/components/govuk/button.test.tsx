import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Button, type ButtonProps } from './button.tsx'

describe('Button', () => {
	it.each(fixtureCases<ButtonProps>('button'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Button {...options} />))).toBe(normaliseHtml(html))
	})
})
