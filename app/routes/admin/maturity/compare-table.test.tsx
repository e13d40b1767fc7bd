import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { assessmentHeading, compareHead, compareRows } from './compare-table.tsx'

const baseline = { title: 'Baseline', assessedOn: '2026-01-15' }
const review = { title: 'Review', assessedOn: '2026-11-15' }

test('an assessment is named by its title and date', () => {
	expect(assessmentHeading(baseline)).toBe('Baseline, 15 January 2026')
	expect(compareHead(baseline, review).map((cell) => cell.text)).toEqual([
		'Area',
		'Baseline, 15 January 2026',
		'Review, 15 November 2026',
		'Change',
	])
})

test('each area shows its levels then and now, and a tag for the way it moved', () => {
	const html = renderToStaticMarkup(
		<Table
			firstCellIsHeader
			rows={compareRows([
				{
					area: 'policy',
					before: { area: 'policy', present: 'follower', target: 'innovator' },
					after: { area: 'policy', present: 'mature', target: 'innovator' },
					movement: 'up',
				},
				{
					area: 'reporting',
					before: null,
					after: { area: 'reporting', present: 'leader', target: 'leader' },
					movement: 'new',
				},
			])}
		/>,
	)
	const rows = [...html.matchAll(/<tr class="govuk-table__row">(.*?)<\/tr>/g)].map((row) =>
		[...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]),
	)
	expect(rows).toEqual([
		[
			'Policy and scope',
			'Follower (target innovator)',
			'Mature (target innovator)',
			'<strong class="govuk-tag govuk-tag--green">Up</strong>',
		],
		[
			'Reporting',
			'Not rated',
			'Leader (target leader)',
			'<strong class="govuk-tag govuk-tag--blue">Newly rated</strong>',
		],
	])
	expect(html).toContain('<th scope="row" class="govuk-table__header">Policy and scope</th>')
})
