import { useSearchParams } from 'react-router'
import { NotificationBanner } from './govuk/notification-banner.tsx'
import { noticeMessage } from './notices.ts'

/** A success banner for a `?notice=` set by the redirect after a successful form (see `withNotice`). */
export function NoticeBanner() {
	const [searchParams] = useSearchParams()
	const message = noticeMessage(searchParams.get('notice'))
	if (!message) return null
	return (
		<NotificationBanner type="success" titleText="Success">
			<p className="govuk-notification-banner__heading">{message}</p>
		</NotificationBanner>
	)
}
