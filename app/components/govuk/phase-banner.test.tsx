import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { PhaseBanner, type PhaseBannerProps } from './phase-banner.tsx'

describe('PhaseBanner', () => {
	it.each(fixtureCases<PhaseBannerProps>('phase-banner'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<PhaseBanner {...options} />))).toBe(normaliseHtml(html))
	})
})
