import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { SkipLink, type SkipLinkProps } from './skip-link.tsx'

describe('SkipLink', () => {
	it.each(fixtureCases<SkipLinkProps>('skip-link'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<SkipLink {...options} />))).toBe(normaliseHtml(html))
	})
})
