import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations } from '#db/schema.ts'
import { roleLabels } from '#app/domain/roles.ts'
import { requireUser } from '#app/lib/auth.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import type { Route } from './+types/account.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireUser(request)
	const organisation = db
		.select({ name: organisations.name, kind: organisations.kind })
		.from(organisations)
		.where(eq(organisations.id, user.organisationId))
		.get()
	return { user: { name: user.name, email: user.email, role: user.role }, organisation }
}

export default function Account({ loaderData }: Route.ComponentProps) {
	const { user, organisation } = loaderData
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Your account" />
			<div className="govuk-grid-column-two-thirds">
				<NoticeBanner />
				<span className="govuk-caption-l">{organisation?.name}</span>
				<h1 className="govuk-heading-l">Your account</h1>
				<SummaryList
					rows={[
						{ key: { text: 'Name' }, value: { text: user.name } },
						{ key: { text: 'Email address' }, value: { text: user.email } },
						{ key: { text: 'Role' }, value: { text: roleLabels[user.role] } },
						{ key: { text: 'Organisation' }, value: { text: organisation?.name ?? '' } },
					]}
				/>
				<h2 className="govuk-heading-m">Password</h2>
				<p className="govuk-body">
					To change your password,{' '}
					<a href="/forgotten-password" className="govuk-link">
						ask for a password reset link
					</a>
					. Changing it signs you out on every other device.
				</p>
			</div>
		</div>
	)
}
