import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { Table, type TableProps } from './table.tsx'

describe('Table', () => {
	it.each(fixtureCases<TableProps>('table'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<Table {...options} />))).toBe(normaliseHtml(html))
	})

	it('takes React children in cells', () => {
		const html = renderToStaticMarkup(
			<Table
				caption="Suppliers"
				head={[{ text: 'Name' }, { text: 'Status' }]}
				rows={[[{ text: 'Acme' }, { children: <strong className="govuk-tag">Active</strong> }]]}
			/>,
		)
		expect(html).toContain('<td class="govuk-table__cell"><strong class="govuk-tag">Active</strong></td>')
	})
})
