import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { NotificationBanner, type NotificationBannerProps } from './notification-banner.tsx'

describe('NotificationBanner', () => {
	it.each(fixtureCases<NotificationBannerProps>('notification-banner'))(
		'matches the "$name" fixture',
		({ options, html }) => {
			expect(normaliseHtml(renderToStaticMarkup(<NotificationBanner {...options} />))).toBe(normaliseHtml(html))
		},
	)

	it('takes React children as its content', () => {
		const html = renderToStaticMarkup(
			<NotificationBanner type="success">
				<p className="govuk-notification-banner__heading">Saved</p>
			</NotificationBanner>,
		)
		expect(html).toContain('role="alert"')
		expect(html).toContain(
			'<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">Saved</p></div>',
		)
	})
})
