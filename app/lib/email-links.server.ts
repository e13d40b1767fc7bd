import { href, type Register } from 'react-router'
import { getEnv } from '#app/infra/env.server.ts'

type Pages = Register['pages']
type PagePath = keyof Pages
type PageParams<Path extends PagePath> = Pages[Path]['params']

/** Query parameters a link carries, such as a one-time token. */
type LinkSearch = Record<string, string>

/** A page's params when its pattern has any, then the link's query parameters. */
type EmailLinkArgs<Path extends PagePath> = [keyof PageParams<Path>] extends [never]
	? [search?: LinkSearch]
	: [params: PageParams<Path>, search?: LinkSearch]

/**
 * The absolute link to one of the portal's pages, for an email: `href()` checks the route
 * pattern and its params, and `APP_URL` says where the portal is reached from outside.
 *
 *     emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) })
 *     emailLink('/reset-password', { token })
 */
export function emailLink<Path extends PagePath>(path: Path, ...args: EmailLinkArgs<Path>): string {
	const takesParams = /[:*]/.test(path)
	const params = takesParams ? (args[0] as PageParams<Path>) : undefined
	const search = (takesParams ? args[1] : args[0]) as LinkSearch | undefined
	const pathname = (href as (path: string, params?: Record<string, string | undefined>) => string)(path, params)
	const query = search ? `?${new URLSearchParams(search)}` : ''
	return `${getEnv().APP_URL}${pathname}${query}`
}
