import { href } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { listUsers } from '#app/lib/user-admin.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { usersHead, usersRows } from './users-table.tsx'
import type { Route } from './+types/users.ts'

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	return { users: listUsers(admin.organisationId) }
}

export default function Users({ loaderData }: Route.ComponentProps) {
	const council = loaderData.users.filter((user) => user.organisationKind === 'council')
	const suppliers = loaderData.users.filter((user) => user.organisationKind === 'supplier')
	return (
		<>
			<DocumentTitle title="Users" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Users</h1>
			<Button href={href('/admin/users/invite')} text="Invite council staff" />
			<Table
				caption="Council staff"
				captionClasses="govuk-table__caption--m"
				head={usersHead(false)}
				rows={usersRows(council, false)}
			/>
			<Table
				caption="Supplier users"
				captionClasses="govuk-table__caption--m"
				head={usersHead(true)}
				rows={usersRows(suppliers, true)}
			/>
		</>
	)
}
