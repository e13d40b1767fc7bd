import type { ReactNode } from 'react'
import { Form, useLocation } from 'react-router'
import type { UserRole } from '#db/schema.ts'
import { roleLabels, type NavigationItem } from '#app/domain/roles.ts'
import { Footer } from './govuk/footer.tsx'
import { GenericHeader } from './govuk/generic-header.tsx'
import { PhaseBanner } from './govuk/phase-banner.tsx'
import { ServiceNavigation } from './govuk/service-navigation.tsx'
import { SkipLink } from './govuk/skip-link.tsx'
import { SERVICE_NAME } from './document-title.tsx'

type PageLayoutProps = {
	councilName: string
	user: { name: string; role: UserRole } | null
	navigation: NavigationItem[]
	/** The home page the header's name leads to: a council's own under its prefix. */
	homeHref?: string
	children: ReactNode
}

function isCurrent(pathname: string, href: string) {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)
}

function SignOutItem() {
	return (
		<li className="govuk-service-navigation__item">
			<Form method="post" action="/sign-out" className="app-inline-form">
				<button type="submit" className="govuk-service-navigation__link app-button-link">
					Sign out
				</button>
			</Form>
		</li>
	)
}

function SignInItem() {
	return (
		<li className="govuk-service-navigation__item">
			<a className="govuk-service-navigation__link" href="/sign-in">
				Sign in
			</a>
		</li>
	)
}

export function PageLayout({ councilName, user, navigation, homeHref = '/', children }: PageLayoutProps) {
	const { pathname } = useLocation()
	return (
		<>
			<SkipLink href="#main-content" text="Skip to main content" />
			<header className="govuk-template__header">
				<GenericHeader logoText={councilName} url={homeHref} classes="app-council-header" />
				<ServiceNavigation
					serviceName={SERVICE_NAME}
					serviceUrl={homeHref}
					navigation={navigation.map((item) => ({ ...item, current: isCurrent(pathname, item.href) }))}
					slots={{ navigationEnd: user ? <SignOutItem /> : <SignInItem /> }}
				/>
				{/* Inside the header landmark, where GOV.UK Frontend's template puts it (its headerEnd block) */}
				<PhaseBanner tag={{ text: 'Beta' }}>
					This is a new service.{' '}
					{user ? (
						<>
							You are signed in as {user.name} ({roleLabels[user.role].toLowerCase()}).
						</>
					) : null}
				</PhaseBanner>
			</header>
			<div className="govuk-width-container">
				<main className="govuk-main-wrapper" id="main-content">
					{children}
				</main>
			</div>
			<footer className="govuk-template__footer">
				<Footer
					meta={{
						items: [{ href: '/accessibility', text: 'Accessibility statement' }],
						text: `${SERVICE_NAME}, run by ${councilName}. Built with Golden Thread, open-source software.`,
					}}
					contentLicence={null}
					copyright={null}
					hideCrown
				/>
			</footer>
		</>
	)
}
