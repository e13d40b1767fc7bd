import type { ReactNode } from 'react'
import { type Attributes, type Content, cx, escapeHtml, htmlOf, inner, toReactAttributes } from './shared.ts'

export type SummaryListAction = Content & {
	href: string
	/** Added to the link for screen readers, such as "name" in "Change name". */
	visuallyHiddenText?: string
	classes?: string
	attributes?: Attributes
}

export type SummaryListActions = {
	items?: SummaryListAction[]
	classes?: string
}

export type SummaryListRow = {
	classes?: string
	key: Content & { classes?: string }
	value: Content & { classes?: string }
	actions?: SummaryListActions
}

export type SummaryCardTitle = {
	text?: string
	html?: string
	/** React content, such as a link; action links then name the card by `text`. */
	children?: ReactNode
	/** Defaults to 2. */
	headingLevel?: number
	classes?: string
}

export type SummaryListProps = {
	/** Falsy rows are skipped, so rows can be added conditionally. */
	rows: Array<SummaryListRow | null | undefined | false>
	/** Wraps the list in a summary card. */
	card?: {
		title?: SummaryCardTitle
		actions?: SummaryListActions
		classes?: string
		attributes?: Attributes
	}
	classes?: string
	attributes?: Attributes
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle: SummaryCardTitle | undefined }) {
	const props = {
		...toReactAttributes(action.attributes),
		className: cx('govuk-link', action.classes),
		href: action.href,
	}
	const hasChildren = action.children !== undefined && action.children !== null && action.children !== false
	const hiddenTextHtml =
		(action.visuallyHiddenText ? ` ${escapeHtml(action.visuallyHiddenText)}` : '') +
		(cardTitle ? ` (${htmlOf(cardTitle)})` : '')
	const hasHiddenText = Boolean(action.visuallyHiddenText || cardTitle)
	if (!hasChildren && action.html) {
		// React cannot put raw HTML next to an element, so the link's content is one HTML string
		const hidden = hasHiddenText ? `<span class="govuk-visually-hidden">${hiddenTextHtml}</span>` : ''
		return <a {...props} dangerouslySetInnerHTML={{ __html: action.html + hidden }} />
	}
	return (
		<a {...props}>
			{hasChildren ? action.children : action.text}
			{hasHiddenText ? (
				<span className="govuk-visually-hidden" dangerouslySetInnerHTML={{ __html: hiddenTextHtml }} />
			) : null}
		</a>
	)
}

/**
 * The summary card around a summary list. A list's `card` param is the usual way; this is for a
 * card that holds more than its list, such as the files behind the answers.
 */
export function SummaryCard({ card, children }: { card: NonNullable<SummaryListProps['card']>; children: ReactNode }) {
	const { title, actions } = card
	const Heading = `h${title?.headingLevel || 2}` as 'h2'
	const items = actions?.items ?? []
	return (
		<div {...toReactAttributes(card.attributes)} className={cx('govuk-summary-card', card.classes)}>
			<div className="govuk-summary-card__title-wrapper">
				{title ? <Heading className={cx('govuk-summary-card__title', title.classes)} {...inner(title)} /> : null}
				{items.length === 1 && items[0] ? (
					<div className={cx('govuk-summary-card__actions', actions?.classes)}>
						<ActionLink action={items[0]} cardTitle={title} />
					</div>
				) : items.length > 1 ? (
					<ul className={cx('govuk-summary-card__actions', actions?.classes)}>
						{items.map((action, index) => (
							<li key={index} className="govuk-summary-card__action">
								<ActionLink action={action} cardTitle={title} />
							</li>
						))}
					</ul>
				) : null}
			</div>
			<div className="govuk-summary-card__content">{children}</div>
		</div>
	)
}

export function SummaryList({ rows, card, classes, attributes }: SummaryListProps) {
	const cardTitle = card?.title
	const anyRowHasActions = (rows ?? []).some((row) => row && row.actions?.items?.length)
	const list = (
		<dl {...toReactAttributes(attributes)} className={cx('govuk-summary-list', classes)}>
			{(rows ?? []).map((row, index) => {
				if (!row) return null
				const actions = row.actions?.items ?? []
				return (
					<div
						key={index}
						className={cx(
							'govuk-summary-list__row',
							anyRowHasActions && !row.actions?.items && 'govuk-summary-list__row--no-actions',
							row.classes,
						)}
					>
						<dt className={cx('govuk-summary-list__key', row.key?.classes)} {...inner(row.key)} />
						<dd className={cx('govuk-summary-list__value', row.value?.classes)} {...inner(row.value)} />
						{actions.length ? (
							<dd className={cx('govuk-summary-list__actions', row.actions?.classes)}>
								{actions.length === 1 && actions[0] ? (
									<ActionLink action={actions[0]} cardTitle={cardTitle} />
								) : (
									<ul className="govuk-summary-list__actions-list">
										{actions.map((action, actionIndex) => (
											<li key={actionIndex} className="govuk-summary-list__actions-list-item">
												<ActionLink action={action} cardTitle={cardTitle} />
											</li>
										))}
									</ul>
								)}
							</dd>
						) : null}
					</div>
				)
			})}
		</dl>
	)
	return card ? <SummaryCard card={card}>{list}</SummaryCard> : list
}
