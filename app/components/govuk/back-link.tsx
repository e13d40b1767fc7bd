import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type BackLinkProps = {
	text?: string
	html?: string
	children?: ReactNode
	href?: string
	classes?: string
	attributes?: Attributes
}

export function BackLink({ text, html, children, href, classes, attributes }: BackLinkProps) {
	return (
		<a
			{...toReactAttributes(attributes)}
			href={href || '#'}
			className={cx('govuk-back-link', classes)}
			{...inner({ children, html, text: text || 'Back' })}
		/>
	)
}
