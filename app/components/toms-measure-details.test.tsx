// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { MeasureDetails, measureDetailRows } from './toms-measure-details.tsx'

const measure = {
	code: 'JOB-2',
	title: 'Expert advice hours',
	unit: 'expert_hours' as const,
	proxyValuePence: 10100,
	guidance: 'Count the hours.\nNot travel.',
	evidenceGuidance: '',
	priorityCodes: ['CP1'],
}

const text = (rows: ReturnType<typeof measureDetailRows>) =>
	rows.map((row) => [row.key.text, row.value.text ?? renderToStaticMarkup(<>{row.value.children}</>)])

test('a measure’s facts: unit, value, guidance, evidence and the priorities it serves', () => {
	expect(
		text(measureDetailRows(measure, [{ code: 'CP1', name: 'A thriving local economy' }], STARTING_CATALOGUE)),
	).toEqual([
		['Unit', 'Expert hours'],
		['Social value', '£101.00 per expert hour'],
		['Guidance', 'Count the hours.\nNot travel.'],
		['Evidence of delivery', 'None given'],
		['Council priorities', '<ul class="govuk-list"><li>A thriving local economy</li></ul>'],
	])
})

test('a record-only measure with no guidance and no priorities says so', () => {
	const rows = measureDetailRows(
		{ ...measure, proxyValuePence: null, guidance: '', priorityCodes: [] },
		[],
		STARTING_CATALOGUE,
	)
	expect(text(rows)).toEqual([
		['Unit', 'Expert hours'],
		['Social value', 'Record only'],
		['Guidance', 'None given'],
		['Evidence of delivery', 'None given'],
		['Council priorities', 'None linked'],
	])
})

test('the facts are a GOV.UK summary list whose values keep their line breaks', async () => {
	// The page gives the council's units; here the starting ones stand in for them.
	const Stub = createRoutesStub([
		{
			id: 'root',
			path: '/',
			Component: () => <MeasureDetails measure={measure} priorities={[]} />,
			HydrateFallback: () => null,
			loader: () => ({ units: Object.fromEntries(STARTING_CATALOGUE) }),
		},
	])
	render(<Stub />)
	await waitFor(() => expect(document.querySelector('dl')).not.toBeNull())
	const html = document.querySelector('dl')!.outerHTML
	expect(html).toMatch(/^<dl class="govuk-summary-list app-measure-details">/)
	expect(html).toContain(
		'<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Unit</dt><dd class="govuk-summary-list__value app-preserve-lines">Expert hours</dd></div>',
	)
})
