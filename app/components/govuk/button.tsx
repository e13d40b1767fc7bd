import type { ReactNode } from 'react'
import { type Attributes, cx, defined, inner, toReactAttributes } from './shared.ts'

export type ButtonProps = {
	text?: string
	html?: string
	children?: ReactNode
	/** Defaults to `submit`. Ignored when `href` is set. */
	type?: 'submit' | 'button' | 'reset'
	name?: string
	value?: string
	disabled?: boolean
	/** Renders a link styled as a button instead of a `<button>`. */
	href?: string
	classes?: string
	attributes?: Attributes
	preventDoubleClick?: boolean
	isStartButton?: boolean
	id?: string
}

function StartIcon() {
	return (
		<svg
			className="govuk-button__start-icon"
			xmlns="http://www.w3.org/2000/svg"
			width="17.5"
			height="19"
			viewBox="0 0 33 40"
			aria-hidden="true"
			focusable="false"
		>
			<path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
		</svg>
	)
}

export function Button({
	text,
	html,
	children,
	type,
	name,
	value,
	disabled,
	href,
	classes,
	attributes,
	preventDoubleClick,
	isStartButton,
	id,
}: ButtonProps) {
	const common = {
		...toReactAttributes(attributes),
		className: cx('govuk-button', classes, isStartButton && 'govuk-button--start'),
		'data-module': 'govuk-button',
		...(id ? { id } : {}),
	}
	const content = inner({ children, html, text })
	// Start buttons use flexbox, which drops whitespace between elements, so rich content is
	// wrapped in a <span>; the icon follows the label
	const body = isStartButton
		? {
				children: (
					<>
						{html || children ? <span {...content} /> : text}
						<StartIcon />
					</>
				),
			}
		: content

	if (href) {
		return <a {...common} href={href} role="button" draggable="false" {...body} />
	}
	return (
		<button
			{...common}
			{...defined({
				type: type || 'submit',
				value: value || undefined,
				name: name || undefined,
				disabled: disabled || undefined,
				'aria-disabled': disabled ? 'true' : undefined,
				'data-prevent-double-click': preventDoubleClick === undefined ? undefined : String(preventDoubleClick),
			})}
			{...body}
		/>
	)
}
