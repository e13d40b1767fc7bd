import type { ReactNode } from 'react'
import { type Attributes, cx, inner, toReactAttributes } from './shared.ts'

export type GenericHeaderProps = {
	/** The homepage link; defaults to `/`. */
	url?: string
	logoText?: string
	logoHtml?: string
	/** The logo as React content, instead of `logoText` or `logoHtml`. */
	children?: ReactNode
	/** Defaults to `govuk-width-container`. */
	containerClasses?: string
	classes?: string
	attributes?: Attributes
}

export function GenericHeader({
	url,
	logoText,
	logoHtml,
	children,
	containerClasses,
	classes,
	attributes,
}: GenericHeaderProps) {
	return (
		<div {...toReactAttributes(attributes)} className={cx('govuk-generic-header', classes)}>
			<div className={cx('govuk-generic-header__container', containerClasses || 'govuk-width-container')}>
				<div className="govuk-generic-header__logo">
					<a
						href={url || '/'}
						className="govuk-generic-header__homepage-link"
						{...inner({ children, html: logoHtml, text: logoText })}
					/>
				</div>
			</div>
		</div>
	)
}
