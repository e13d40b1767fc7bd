import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type SkipLinkProps = {
	text?: string
	html?: string
	children?: ReactNode
	/** Defaults to `#content`. */
	href?: string
	classes?: string
	attributes?: Attributes
}

export function SkipLink({ text, html, children, href, classes, attributes }: SkipLinkProps) {
	return (
		<a
			{...toReactAttributes(attributes)}
			href={href || '#content'}
			className={cx('govuk-skip-link', classes)}
			data-module="govuk-skip-link"
			{...inner({ children, html, text })}
		/>
	)
}
