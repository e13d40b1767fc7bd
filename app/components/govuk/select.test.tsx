import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Select, type SelectProps } from './select.tsx'

describe('Select', () => {
	it.each(fixtureCases<SelectProps>('select'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Select {...options} />))).toBe(normaliseHtml(html))
	})

	it('selects the item matching value', () => {
		const html = renderToStaticMarkup(
			<Select
				label={{ text: 'Role' }}
				name="role"
				value="editor"
				items={[
					{ value: 'viewer', text: 'Viewer' },
					{ value: 'editor', text: 'Editor' },
				]}
			/>,
		)
		expect(html).toContain('<option value="editor" selected="">Editor</option>')
		expect(html).toContain('<option value="viewer">Viewer</option>')
	})
})
