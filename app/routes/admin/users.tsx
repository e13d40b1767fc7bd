import { asc, eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations, users } from '#db/schema.ts'
import { roleLabels } from '#app/domain/roles.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'
import type { Route } from './+types/users.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const rows = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			status: users.status,
			organisation: organisations.name,
			organisationKind: organisations.kind,
		})
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.orderBy(asc(organisations.kind), asc(organisations.name), asc(users.name))
		.all()
	return { users: rows }
}

export default function Users({ loaderData }: Route.ComponentProps) {
	const council = loaderData.users.filter((user) => user.organisationKind === 'council')
	const suppliers = loaderData.users.filter((user) => user.organisationKind === 'supplier')
	return (
		<>
			<DocumentTitle title="Users" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Users</h1>
			<a href="/admin/users/invite" className="govuk-button" role="button" draggable="false">
				Invite council staff
			</a>
			<UserTable caption="Council staff" rows={council} showOrganisation={false} />
			<UserTable caption="Supplier users" rows={suppliers} showOrganisation />
		</>
	)
}

function UserTable({
	caption,
	rows,
	showOrganisation,
}: {
	caption: string
	rows: Route.ComponentProps['loaderData']['users']
	showOrganisation: boolean
}) {
	return (
		<table className="govuk-table">
			<caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">
						Name
					</th>
					<th scope="col" className="govuk-table__header">
						Email address
					</th>
					{showOrganisation ? (
						<th scope="col" className="govuk-table__header">
							Organisation
						</th>
					) : null}
					<th scope="col" className="govuk-table__header">
						Role
					</th>
					<th scope="col" className="govuk-table__header">
						Status
					</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{rows.length === 0 ? (
					<tr className="govuk-table__row">
						<td className="govuk-table__cell" colSpan={showOrganisation ? 5 : 4}>
							No users yet.
						</td>
					</tr>
				) : null}
				{rows.map((user) => (
					<tr className="govuk-table__row" key={user.id}>
						<td className="govuk-table__cell">
							<a href={`/admin/users/${user.id}`} className="govuk-link">
								{user.name}
							</a>
						</td>
						<td className="govuk-table__cell">{user.email}</td>
						{showOrganisation ? <td className="govuk-table__cell">{user.organisation}</td> : null}
						<td className="govuk-table__cell">{roleLabels[user.role]}</td>
						<td className="govuk-table__cell">
							<UserStatusTag status={user.status} />
						</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}
