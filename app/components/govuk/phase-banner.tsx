import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'
import { Tag } from './tag.tsx'

export type PhaseBannerProps = {
	text?: string
	html?: string
	/** The banner's text, after the tag. */
	children?: ReactNode
	/** The phase, such as `{ text: 'Beta' }`. */
	tag: { text?: string; html?: string; classes?: string }
	classes?: string
	attributes?: Attributes
}

export function PhaseBanner({ text, html, children, tag, classes, attributes }: PhaseBannerProps) {
	return (
		<div {...toReactAttributes(attributes)} className={cx('govuk-phase-banner govuk-width-container', classes)}>
			<p className="govuk-phase-banner__content">
				<Tag text={tag?.text} html={tag?.html} classes={cx('govuk-phase-banner__content__tag', tag?.classes)} />
				<span className="govuk-phase-banner__text" {...inner({ children, html, text })} />
			</p>
		</div>
	)
}
