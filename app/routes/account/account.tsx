import { href } from 'react-router'
import { roleLabels } from '#app/domain/roles.ts'
import { loadAccount } from '#app/lib/account.server.ts'
import { requireUser } from '#app/lib/auth.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import type { Route } from './+types/account.ts'

export function loader({ request }: Route.LoaderArgs) {
	return loadAccount(requireUser(request))
}

export default function Account({ loaderData }: Route.ComponentProps) {
	const { user, organisationName } = loaderData
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Your account" />
			<div className="govuk-grid-column-two-thirds">
				<NoticeBanner />
				<span className="govuk-caption-l">{organisationName}</span>
				<h1 className="govuk-heading-l">Your account</h1>
				<SummaryList
					rows={[
						{ key: { text: 'Name' }, value: { text: user.name } },
						{ key: { text: 'Email address' }, value: { text: user.email } },
						{ key: { text: 'Role' }, value: { text: roleLabels[user.role] } },
						{ key: { text: 'Organisation' }, value: { text: organisationName } },
					]}
				/>
				<h2 className="govuk-heading-m">Password</h2>
				<p className="govuk-body">
					To change your password,{' '}
					<a href={href('/forgotten-password')} className="govuk-link">
						ask for a password reset link
					</a>
					. Changing it signs you out on every other device.
				</p>
			</div>
		</div>
	)
}
