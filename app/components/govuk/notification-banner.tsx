import type { ReactNode } from 'react'
import { type Attributes, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type NotificationBannerProps = {
	/** A single line of content, shown as a heading. */
	text?: string
	html?: string
	/** The banner's content (the Nunjucks `caller`). */
	children?: ReactNode
	/** Defaults to "Success" for success banners and "Important" otherwise. */
	titleText?: string
	titleHtml?: string
	/** Defaults to 2. */
	titleHeadingLevel?: number | string
	/** `success` for a green banner with role="alert". */
	type?: string
	/** Defaults to "alert" for success banners and "region" otherwise. */
	role?: string
	/** Defaults to `govuk-notification-banner-title`. */
	titleId?: string
	disableAutoFocus?: boolean
	classes?: string
	attributes?: Attributes
}

export function NotificationBanner({
	text,
	html,
	children,
	titleText,
	titleHtml,
	titleHeadingLevel,
	type,
	role,
	titleId,
	disableAutoFocus,
	classes,
	attributes,
}: NotificationBannerProps) {
	const isSuccess = type === 'success'
	const id = titleId || 'govuk-notification-banner-title'
	const Heading = `h${titleHeadingLevel || 2}` as 'h2'
	const title = titleHtml ? { html: titleHtml } : { text: titleText || (isSuccess ? 'Success' : 'Important') }
	const body = hasContent({ children, html })
		? inner({ children, html })
		: { children: text ? <p className="govuk-notification-banner__heading">{text.trim()}</p> : null }
	return (
		<div
			{...toReactAttributes(attributes)}
			className={cx('govuk-notification-banner', isSuccess && `govuk-notification-banner--${type}`, classes)}
			role={role || (isSuccess ? 'alert' : 'region')}
			aria-labelledby={id}
			data-module="govuk-notification-banner"
			{...defined({
				'data-disable-auto-focus': disableAutoFocus === undefined ? undefined : String(disableAutoFocus),
			})}
		>
			<div className="govuk-notification-banner__header">
				<Heading className="govuk-notification-banner__title" id={id} {...inner(title)} />
			</div>
			<div className="govuk-notification-banner__content" {...body} />
		</div>
	)
}
