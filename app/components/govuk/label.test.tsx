import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Label, type LabelProps } from './label.tsx'

describe('Label', () => {
	it.each(fixtureCases<LabelProps>('label'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Label {...options} />))).toBe(normaliseHtml(html))
	})
})
