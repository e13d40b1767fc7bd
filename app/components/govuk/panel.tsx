import type { ReactNode } from 'react'
import { Button } from './button.tsx'
import { type Attributes, cx, hasContent, inner, toReactAttributes } from './shared.ts'

export type PanelAction = {
	text: string
	/** Without `href`, or with type `button`, the action is a button; otherwise it is a link. */
	type?: 'button' | 'submit' | 'reset'
	href?: string
	classes?: string
	attributes?: Attributes
}

export type PanelProps = {
	titleText?: string
	titleHtml?: string
	/** Defaults to 1. */
	headingLevel?: number
	text?: string
	html?: string
	/** The panel's body (the Nunjucks `caller`). */
	children?: ReactNode
	/** Include `govuk-panel--interruption` for an interruption panel, which can have actions. */
	classes?: string
	attributes?: Attributes
	/** Buttons and links shown in interruption panels only. */
	actions?: {
		items?: PanelAction[]
		classes?: string
		attributes?: Attributes
	}
}

function PanelActionItem({ action }: { action: PanelAction }) {
	if (!action.href || action.type === 'button') {
		return (
			<Button
				text={action.text}
				type={action.type || 'button'}
				classes={cx('govuk-button--inverse', action.classes)}
				href={action.href}
				attributes={action.attributes}
			/>
		)
	}
	return (
		<a
			{...toReactAttributes(action.attributes)}
			className={cx('govuk-link govuk-link--inverse', action.classes)}
			href={action.href}
		>
			{action.text}
		</a>
	)
}

export function Panel({
	titleText,
	titleHtml,
	headingLevel,
	text,
	html,
	children,
	classes,
	attributes,
	actions,
}: PanelProps) {
	const isInterruption = Boolean(classes && classes.includes('govuk-panel--interruption'))
	const Heading = `h${headingLevel || 1}` as 'h1'
	const body = { children, html, text }
	const items = actions?.items ?? []
	return (
		<div
			{...toReactAttributes(attributes)}
			className={cx('govuk-panel', !isInterruption && 'govuk-panel--confirmation', classes)}
		>
			<Heading className="govuk-panel__title" {...inner({ html: titleHtml, text: titleText })} />
			{hasContent(body) ? <div className="govuk-panel__body" {...inner(body)} /> : null}
			{isInterruption && actions ? (
				<div {...toReactAttributes(actions.attributes)} className={cx('govuk-panel__actions', actions.classes)}>
					{items.length ? (
						<div className="govuk-button-group">
							{items.map((action, index) => (
								<PanelActionItem key={index} action={action} />
							))}
						</div>
					) : null}
				</div>
			) : null}
		</div>
	)
}
