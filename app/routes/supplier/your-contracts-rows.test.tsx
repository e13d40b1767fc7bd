import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { contractSummaryRows, type NextReturn } from './your-contracts-rows.tsx'

const period: NextReturn = {
	id: 4,
	label: 'H1 2025/26',
	startDate: '2025-04-01',
	endDate: '2025-09-30',
	dueDate: '2025-10-30',
	state: 'due',
	timing: '3 days to go',
	returnId: null,
}

function text(next: NextReturn | null) {
	const html = renderToStaticMarkup(
		<SummaryList rows={contractSummaryRows({ reference: 'PK/2026/011', committedPence: 20_200_00, next })} />,
	)
	return { html, words: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }
}

test('a contract shows its reference, what was committed and the return due next, with its state', () => {
	const { words, html } = text(period)
	expect(words).toContain('Reference PK/2026/011')
	expect(words).toContain('Social value committed £20,200.00')
	expect(words).toContain(
		'Next return H1 2025/26 (1 April 2025 to 30 September 2025), due 30 October 2025 Ready to file 3 days to go',
	)
	// Not started yet: the page offers to start it instead of a link.
	expect(html).not.toContain('href=')
})

test('a started return is linked; one sent back asks for the changes', () => {
	expect(text({ ...period, returnId: 9 }).html).toContain(
		'<a class="govuk-link" href="/returns/9">Continue the H1 2025/26 return</a>',
	)
	expect(text({ ...period, returnId: 9, state: 'returned' }).html).toContain(
		'Make the changes to the H1 2025/26 return',
	)
})

test('a return the supplier is waiting on counts no days', () => {
	expect(text({ ...period, state: 'submitted', timing: null }).words).toMatch(/due 30 October 2025 Submitted $/)
})

test('with every return in, it says so', () => {
	expect(text(null).words).toContain('Next return None: every return is in')
})
