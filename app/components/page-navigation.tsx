import { useLocation } from 'react-router'
import { pageLinks, pageRange, type Page } from '#app/domain/pagination.ts'
import { Pagination } from './govuk/pagination.tsx'

/** This page's address with one query parameter changed, keeping the filters. */
export function useHrefWith() {
	const { pathname, search } = useLocation()
	return (name: string, value: string | number) => {
		const params = new URLSearchParams(search)
		params.set(name, String(value))
		return `${pathname}?${params.toString()}#${name}`
	}
}

/**
 * GOV.UK pagination for one list on a page; `param` names the list's page number in the
 * address (several lists on one page page independently) and is the id the links jump to.
 */
export function PageNavigation({ page, param, label }: { page: Page; param: string; label: string }) {
	const hrefWith = useHrefWith()
	if (page.count <= 1) return null
	const href = (n: number) => hrefWith(param, n)
	return (
		<>
			<p className="govuk-body-s">{pageRange(page)}</p>
			<Pagination
				landmarkLabel={label}
				items={pageLinks(page).map((link) =>
					'ellipsis' in link
						? { ellipsis: true }
						: { number: link.number, href: href(link.number), current: link.current },
				)}
				previous={page.number > 1 ? { href: href(page.number - 1) } : null}
				next={page.number < page.count ? { href: href(page.number + 1) } : null}
			/>
		</>
	)
}
