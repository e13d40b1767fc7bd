/**
 * Addresses of a council's public pages on a shared host: "/c/<slug>/opportunities". Pages
 * reached without the prefix (one council, or the council's own host name) keep their
 * addresses exactly as they are.
 */

import type { NavigationItem } from '#app/domain/roles.ts'

/** `path` as seen under the council named by `slug`, or unchanged when there is none. */
export function councilPath(slug: string | undefined, path: string): string {
	if (!slug) return path
	const prefix = `/c/${encodeURIComponent(slug)}`
	return path === '/' ? prefix : `${prefix}${path}`
}

// The pages that exist again under a council's prefix; every other page is the deployment's.
const publicPages = new Set(['/', '/opportunities', '/contracts', '/toms'])

/** The navigation with its public pages kept under the council the visitor is reading. */
export function navigationUnder(slug: string | undefined, items: NavigationItem[]): NavigationItem[] {
	if (!slug) return items
	return items.map((item) => (publicPages.has(item.href) ? { ...item, href: councilPath(slug, item.href) } : item))
}
