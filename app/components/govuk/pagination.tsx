import type { ReactNode } from 'react'
import { type Attributes, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type PaginationItem = {
	number?: string | number
	/** Defaults to "Page" and the number. */
	visuallyHiddenText?: string
	href?: string
	current?: boolean
	/** Renders an ellipsis (⋯) instead of a link. */
	ellipsis?: boolean
	attributes?: Attributes
}

export type PaginationLink = {
	/** Defaults to "Previous page" or "Next page". */
	text?: string
	html?: string
	children?: ReactNode
	/** Shown under the link when there are no numbered items, such as the title of the page it leads to. */
	labelText?: string
	href: string
	attributes?: Attributes
}

export type PaginationProps = {
	/** Numbered pages. Without them, the previous and next links are shown as a block. */
	items?: Array<PaginationItem | null | undefined>
	previous?: PaginationLink | null
	next?: PaginationLink | null
	/** Defaults to "Pagination". */
	landmarkLabel?: string
	classes?: string
	attributes?: Attributes
}

function Arrow({ type }: { type: 'prev' | 'next' }) {
	return (
		<svg
			className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
			xmlns="http://www.w3.org/2000/svg"
			height="13"
			width="15"
			aria-hidden="true"
			focusable="false"
			viewBox="0 0 15 13"
		>
			<path
				d={
					type === 'prev'
						? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
						: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'
				}
			/>
		</svg>
	)
}

function ArrowLink({ link, type, blockLevel }: { link: PaginationLink; type: 'prev' | 'next'; blockLevel: boolean }) {
	const title = hasContent(link) ? (
		<span
			className={cx(
				'govuk-pagination__link-title',
				blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
			)}
			{...inner(link)}
		/>
	) : (
		<span
			className={cx(
				'govuk-pagination__link-title',
				blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
			)}
		>
			{type === 'prev' ? 'Previous' : 'Next'}
			<span className="govuk-visually-hidden"> page</span>
		</span>
	)
	return (
		<div className={`govuk-pagination__${type}`}>
			<a
				{...toReactAttributes(link.attributes)}
				className="govuk-link govuk-pagination__link"
				href={link.href}
				rel={type}
			>
				{blockLevel || type === 'prev' ? <Arrow type={type} /> : null}
				{title}
				{link.labelText && blockLevel ? (
					<>
						<span className="govuk-visually-hidden">:</span>
						<span className="govuk-pagination__link-label">{link.labelText}</span>
					</>
				) : null}
				{!blockLevel && type === 'next' ? <Arrow type={type} /> : null}
			</a>
		</div>
	)
}

function PageItem({ item }: { item: PaginationItem }) {
	return (
		<li
			className={cx(
				'govuk-pagination__item',
				item.current && 'govuk-pagination__item--current',
				item.ellipsis && 'govuk-pagination__item--ellipsis',
			)}
		>
			{item.ellipsis ? (
				'⋯'
			) : (
				<a
					{...toReactAttributes(item.attributes)}
					className="govuk-link govuk-pagination__link"
					href={item.href}
					aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
					{...defined({ 'aria-current': item.current ? 'page' : undefined })}
				>
					{item.number}
				</a>
			)}
		</li>
	)
}

export function Pagination({ items, previous, next, landmarkLabel, classes, attributes }: PaginationProps) {
	const blockLevel = !items && Boolean(next || previous)
	return (
		<nav
			{...toReactAttributes(attributes)}
			className={cx('govuk-pagination', blockLevel && 'govuk-pagination--block', classes)}
			aria-label={landmarkLabel || 'Pagination'}
		>
			{previous && previous.href ? <ArrowLink link={previous} type="prev" blockLevel={blockLevel} /> : null}
			{items ? (
				<ul className="govuk-pagination__list">
					{items.map((item, index) =>
						item && Object.keys(item).length > 0 ? <PageItem key={index} item={item} /> : null,
					)}
				</ul>
			) : null}
			{next && next.href ? <ArrowLink link={next} type="next" blockLevel={blockLevel} /> : null}
		</nav>
	)
}
