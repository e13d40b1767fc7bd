import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { SummaryList } from './govuk/summary-list.tsx'
import { linkAccountRows } from './set-password-page.tsx'

test('the page behind a link says whose account the new password is for', () => {
	expect(
		renderToStaticMarkup(
			<SummaryList classes="govuk-summary-list--no-border" rows={linkAccountRows('lee@council.example')} />,
		),
	).toBe(
		'<dl class="govuk-summary-list govuk-summary-list--no-border"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email address</dt><dd class="govuk-summary-list__value">lee@council.example</dd></div></dl>',
	)
})
