import { useEffect } from 'react'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, data, useLocation, useParams } from 'react-router'
import { councilPath, navigationUnder } from '#app/domain/councils/council-path.ts'
import type { DeploymentRole, UserRole } from '#db/schema.ts'
import { isCouncilRole, navigationFor } from '#app/domain/roles.ts'
import { getSessionUser } from '#app/lib/auth.server.ts'
import { readSessionToken, sessionCookie } from '#app/lib/session.server.ts'
import { headerNameFor, publicCouncil } from '#app/lib/councils.server.ts'
import { unitsForPage } from '#app/lib/units.server.ts'
import { GeneralErrorBoundary } from '#app/components/error-boundary.tsx'
import { useNonce } from '#app/components/nonce.tsx'
import { PageLayout } from '#app/components/page-layout.tsx'
import { useRootData } from '#app/components/use-root-data.ts'
import type { Route } from './+types/root.ts'
import appStylesHref from './styles/app.scss?url'

export const links: Route.LinksFunction = () => [
	{ rel: 'stylesheet', href: appStylesHref },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export function loader({ request, params }: Route.LoaderArgs) {
	const current = getSessionUser(request)
	const user = current?.user ?? null
	// Use moves the inactivity limit on; the cookie's expiry moves with it, or the browser
	// would drop a session the server still honours.
	const token = current ? readSessionToken(request) : null
	return data(
		{
			councilName: headerNameFor(request, user, params),
			user: user ? { name: user.name, role: user.role, deploymentRole: user.deploymentRole ?? null } : null,
			units: pageUnitsFor(request, user, params),
		},
		token && current ? { headers: { 'Set-Cookie': sessionCookie(token, current.session) } } : undefined,
	)
}

/**
 * The units quantities on the page are read in: a council's staff read their own council's;
 * anyone else, the council the page's prefix or host name names (else the first). Unit keys a council has
 * not got fall back to how the key reads, so a supplier's page across councils still shows them.
 */
function pageUnitsFor(
	request: Request,
	user: { role: UserRole; organisationId: number } | null,
	params: { councilSlug?: string },
) {
	if (user && isCouncilRole(user.role)) return unitsForPage(user.organisationId)
	return unitsForPage(publicCouncil(request, params).id)
}

// Marks the page as JavaScript-capable before first paint, as GOV.UK Frontend expects.
const jsEnabledScript =
	"document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');"

export function Layout({ children }: { children: React.ReactNode }) {
	const nonce = useNonce()
	return (
		<html lang="en" className="govuk-template govuk-template--rebranded">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
				<meta name="theme-color" content="#0b0c0c" />
				<Meta />
				<Links />
			</head>
			<body className="govuk-template__body">
				<script nonce={nonce} dangerouslySetInnerHTML={{ __html: jsEnabledScript }} />
				{children}
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

/**
 * GOV.UK Frontend's JavaScript enhances components (password reveal, character count, the
 * mobile menu). Pages reached without a full load need it too; components it has already
 * set up report an error, which is expected and ignored.
 */
function useGovukFrontend() {
	const { pathname } = useLocation()
	useEffect(() => {
		void import('govuk-frontend').then(({ initAll }) => initAll({ onError: () => {} }))
	}, [pathname])
}

/** A council's public pages under its prefix link to one another under it, the header's name too. */
function useCouncilNavigation(role: UserRole | null, deploymentRole: DeploymentRole | null) {
	const { councilSlug } = useParams()
	return {
		navigation: navigationUnder(councilSlug, navigationFor(role, deploymentRole)),
		homeHref: councilPath(councilSlug, '/'),
	}
}

export default function App({ loaderData }: Route.ComponentProps) {
	useGovukFrontend()
	const { navigation, homeHref } = useCouncilNavigation(
		loaderData.user?.role ?? null,
		loaderData.user?.deploymentRole ?? null,
	)
	return (
		<PageLayout councilName={loaderData.councilName} user={loaderData.user} navigation={navigation} homeHref={homeHref}>
			<Outlet />
		</PageLayout>
	)
}

export function ErrorBoundary() {
	const rootData = useRootData()
	const { navigation, homeHref } = useCouncilNavigation(
		rootData?.user?.role ?? null,
		rootData?.user?.deploymentRole ?? null,
	)
	return (
		<PageLayout
			councilName={rootData?.councilName ?? 'Council'}
			user={rootData?.user ?? null}
			navigation={navigation}
			homeHref={homeHref}
		>
			<GeneralErrorBoundary />
		</PageLayout>
	)
}
