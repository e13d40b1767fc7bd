import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { CommittedDeliveredChart, DeliveredOverTimeChart } from './charts.tsx'

test('the bar chart is an image with a title and a description that carries every figure', () => {
	const html = renderToStaticMarkup(
		<CommittedDeliveredChart
			id="t"
			title="By theme"
			rows={[
				{ label: 'Jobs', committedPence: 100_000_00, deliveredPence: 25_000_00 },
				{ label: 'Net zero', committedPence: 50_000_00, deliveredPence: 0 },
			]}
		/>,
	)
	expect(html).toContain('role="img"')
	expect(html).toContain('aria-labelledby="t-title t-desc"')
	expect(html).toContain('<title id="t-title">By theme</title>')
	expect(html).toContain(
		'Jobs: £25,000.00 delivered of £100,000.00 committed. Net zero: £0.00 delivered of £50,000.00 committed.',
	)
	expect(html.match(/<rect /g)).toHaveLength(2 + 2 * 2) // the key's two swatches, two bars per row
	expect(renderToStaticMarkup(<CommittedDeliveredChart id="e" title="None" rows={[]} />)).toBe('')
})

test('the column chart draws one column per period, scaled to the largest', () => {
	const html = renderToStaticMarkup(
		<DeliveredOverTimeChart
			id="o"
			title="Over time"
			points={[
				{ label: 'Sep 2027', pence: 50_00 },
				{ label: 'Mar 2028', pence: 100_00 },
			]}
		/>,
	)
	expect(html).toContain('Sep 2027: £50.00. Mar 2028: £100.00.')
	const heights = [...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]))
	expect(heights).toHaveLength(2)
	expect(heights[1]).toBeCloseTo(heights[0]! * 2)
})
