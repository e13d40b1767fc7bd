import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Hint, type HintProps } from './hint.tsx'

describe('Hint', () => {
	it.each(fixtureCases<HintProps>('hint'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Hint {...options} />))).toBe(normaliseHtml(html))
	})
})
