import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { PriorityTotalsTable } from './totals-table.tsx'

const note =
	'A measure that serves more than one council priority is counted under each of them, so these rows can add up to more than the total.'

test('the council priority table says under it that its rows can add up to more than the total', () => {
	const rows = [
		{ key: 'CP1', label: 'CP1: A thriving local economy', committedPence: 100_00, deliveredPence: 50_00 },
		{ key: 'CP2', label: 'CP2: Net zero by 2040', committedPence: 100_00, deliveredPence: 50_00 },
	]
	const html = renderToStaticMarkup(
		<PriorityTotalsTable caption="By council priority" first="Council priority" rows={rows} />,
	)
	const noteId = /<p class="govuk-body-s" id="([^"]+)">([^<]+)<\/p>/.exec(html)
	expect(noteId?.[2]).toBe(note)
	expect(html.indexOf('</table>')).toBeLessThan(html.indexOf(note))
	expect(html).toContain(`aria-describedby="${noteId?.[1]}"`)
	expect(
		renderToStaticMarkup(<PriorityTotalsTable caption="By council priority" first="Council priority" rows={[]} />),
	).toBe('')
})
