import { expect, test } from 'vitest'
import { changeOn, exportHref, headlineRows } from './annual-report-rows.ts'

test('the change on the year before is up or down as a share of it, or says there were no figures', () => {
	expect(changeOn(125_00, 100_00, '2025/26')).toBe('up 25% on 2025/26')
	expect(changeOn(50_00, 100_00, '2025/26')).toBe('down 50% on 2025/26')
	expect(changeOn(50_00, 0, '2025/26')).toBe('no figures the year before')
})

test('the headline figures set committed and delivered beside the year before', () => {
	const rows = headlineRows(
		{ committedPence: 200_00, deliveredPence: 100_00 },
		{ label: '2025/26', committedPence: 100_00, deliveredPence: 0 },
	)
	expect(rows).toEqual([
		[
			{ text: 'Social value committed' },
			{ text: '£200.00', format: 'numeric' },
			{ text: '£100.00', format: 'numeric' },
			{ text: 'up 100% on 2025/26' },
		],
		[
			{ text: 'Social value delivered' },
			{ text: '£100.00', format: 'numeric' },
			{ text: '£0.00', format: 'numeric' },
			{ text: 'no figures the year before' },
		],
	])
})

test('the downloads are for the year shown', () => {
	expect(exportHref('case-studies', 'xlsx', '2026-27')).toBe('/manage/exports/case-studies/xlsx?year=2026-27')
})
