import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { GenericHeader, type GenericHeaderProps } from './generic-header.tsx'

describe('GenericHeader', () => {
	it.each(fixtureCases<GenericHeaderProps>('generic-header'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<GenericHeader {...options} />))).toBe(normaliseHtml(html))
	})
})
