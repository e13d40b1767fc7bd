import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Tag, type TagProps } from './tag.tsx'

describe('Tag', () => {
	it.each(fixtureCases<TagProps>('tag'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Tag {...options} />))).toBe(normaliseHtml(html))
	})
})
