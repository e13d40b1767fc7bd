import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Pagination, type PaginationProps } from './pagination.tsx'

describe('Pagination', () => {
	it.each(fixtureCases<PaginationProps>('pagination'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Pagination {...options} />))).toBe(normaliseHtml(html))
	})
})
