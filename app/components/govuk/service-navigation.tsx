import { isValidElement, type ReactNode } from 'react'
import { type Attributes, type Content, cx, defined, hasContent, inner, toReactAttributes } from './shared.ts'

export type ServiceNavigationItem = Content & {
	/** Without `href` the item is plain text. */
	href?: string
	/** The current page: adds aria-current="page". */
	current?: boolean
	/** In the current section (but not the current page): adds aria-current="true". */
	active?: boolean
	attributes?: Attributes
}

export type ServiceNavigationEndSlot = {
	content?: ReactNode
	/** `inline` lines the slot up with the navigation rather than putting it on its own row. */
	align?: 'inline'
}

/**
 * Extra content injected into the component. GOV.UK Frontend takes HTML strings here, but React
 * cannot place raw HTML beside other elements without a wrapper, so these take React nodes.
 */
export type ServiceNavigationSlots = {
	/** Before the service name and navigation. */
	start?: ReactNode
	/** After the service name and navigation, such as a language switcher. */
	end?: ReactNode | ServiceNavigationEndSlot
	/** At the start of the navigation list; pass `<li>` elements. */
	navigationStart?: ReactNode
	/** At the end of the navigation list; pass `<li>` elements. */
	navigationEnd?: ReactNode
}

export type ServiceNavigationProps = {
	classes?: string
	attributes?: Attributes
	/** Label for the section landmark used when there is a service name or slot. Defaults to "Service information". */
	ariaLabel?: string
	/** Defaults to "Menu". */
	menuButtonText?: string
	menuButtonLabel?: string
	/** Defaults to `menuButtonText`. */
	navigationLabel?: string
	/** Defaults to "navigation". */
	navigationId?: string
	navigationClasses?: string
	/** Whether the navigation collapses behind a menu button on small screens. Defaults to true when there is more than one item. */
	collapseNavigationOnMobile?: boolean
	serviceName?: string
	serviceUrl?: string
	/** Falsy entries are skipped, so items can be added conditionally. */
	navigation?: Array<ServiceNavigationItem | null | undefined | false>
	slots?: ServiceNavigationSlots
}

function isEndSlotOptions(end: ServiceNavigationSlots['end']): end is ServiceNavigationEndSlot {
	return (
		typeof end === 'object' &&
		end !== null &&
		!isValidElement(end) &&
		!Array.isArray(end) &&
		('content' in end || 'align' in end)
	)
}

function present(node: ReactNode): boolean {
	return node !== undefined && node !== null && node !== false && node !== ''
}

function NavigationItem({ item }: { item: ServiceNavigationItem }) {
	const isActive = Boolean(item.active || item.current)
	const ariaCurrent = isActive ? (item.current ? 'page' : 'true') : undefined
	// Active items are also wrapped in <strong> so users who override colours still see which is current
	const content = isActive ? <strong className="govuk-service-navigation__active-fallback" {...inner(item)} /> : null
	return (
		<li className={cx('govuk-service-navigation__item', isActive && 'govuk-service-navigation__item--active')}>
			{item.href ? (
				<a
					{...toReactAttributes(item.attributes)}
					className="govuk-service-navigation__link"
					href={item.href}
					{...defined({ 'aria-current': ariaCurrent })}
					{...(content ? { children: content } : inner(item))}
				/>
			) : hasContent(item) ? (
				<span
					className="govuk-service-navigation__text"
					aria-current={ariaCurrent}
					{...(content ? { children: content } : inner(item))}
				/>
			) : null}
		</li>
	)
}

export function ServiceNavigation({
	classes,
	attributes,
	ariaLabel,
	menuButtonText: menuButtonTextParam,
	menuButtonLabel,
	navigationLabel,
	navigationId: navigationIdParam,
	navigationClasses,
	collapseNavigationOnMobile,
	serviceName,
	serviceUrl,
	navigation,
	slots,
}: ServiceNavigationProps) {
	const menuButtonText = menuButtonTextParam || 'Menu'
	const navigationId = navigationIdParam || 'navigation'
	const endSlot = isEndSlotOptions(slots?.end) ? slots.end.content : slots?.end
	const endSlotInline = isEndSlotOptions(slots?.end) && slots.end.align === 'inline'
	const items = (navigation ?? []).filter((item): item is ServiceNavigationItem => Boolean(item))
	const collapse = collapseNavigationOnMobile === undefined ? items.length > 1 : collapseNavigationOnMobile
	const hasStart = present(slots?.start)
	const hasEnd = present(endSlot)

	const common = {
		...toReactAttributes(attributes),
		className: cx('govuk-service-navigation', classes),
		'data-module': 'govuk-service-navigation',
	}
	const content = (
		<div className={cx('govuk-width-container', endSlotInline && 'govuk-service-navigation__inlining-container')}>
			{slots?.start}
			<div className="govuk-service-navigation__container">
				{serviceName ? (
					<span className="govuk-service-navigation__service-name">
						{serviceUrl ? (
							<a href={serviceUrl} className="govuk-service-navigation__link">
								{serviceName}
							</a>
						) : (
							<span className="govuk-service-navigation__text">{serviceName}</span>
						)}
					</span>
				) : null}
				{items.length || present(slots?.navigationStart) || present(slots?.navigationEnd) ? (
					<nav
						aria-label={navigationLabel || menuButtonText}
						className={cx('govuk-service-navigation__wrapper', navigationClasses)}
					>
						{collapse ? (
							<button
								type="button"
								className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
								aria-controls={navigationId}
								aria-label={menuButtonLabel && menuButtonLabel !== menuButtonText ? menuButtonLabel : undefined}
								hidden
								aria-hidden="true"
							>
								{menuButtonText}
							</button>
						) : null}
						<ul className="govuk-service-navigation__list" id={navigationId}>
							{slots?.navigationStart}
							{items.map((item, index) => (
								<NavigationItem key={index} item={item} />
							))}
							{slots?.navigationEnd}
						</ul>
					</nav>
				) : null}
			</div>
			{endSlot}
		</div>
	)

	// With a service name or slots, a <section> makes the whole thing a landmark; otherwise the <nav> is enough
	if (serviceName || hasStart || hasEnd) {
		return (
			<section aria-label={ariaLabel ?? 'Service information'} {...common}>
				{content}
			</section>
		)
	}
	return <div {...common}>{content}</div>
}
