import { href } from 'react-router'
import { roleLabels } from '#app/domain/roles.ts'
import type { listUsers } from '#app/lib/user-admin.server.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'

export type UserRow = ReturnType<typeof listUsers>[number]

/** The columns of a list of users; suppliers' lists say which organisation each belongs to. */
export function usersHead(showOrganisation: boolean): TableCell[] {
	return [
		{ text: 'Name' },
		{ text: 'Email address' },
		showOrganisation ? { text: 'Organisation' } : null,
		{ text: 'Role' },
		{ text: 'Status' },
	].filter((cell) => cell !== null)
}

/** One row per user, whose name leads to their page; a single row saying so when there is nobody. */
export function usersRows(users: UserRow[], showOrganisation: boolean): TableCell[][] {
	if (users.length === 0) return [[{ text: 'No users yet.', colspan: usersHead(showOrganisation).length }]]
	return users.map((user) =>
		[
			{
				children: (
					<a href={href('/admin/users/:userId', { userId: String(user.id) })} className="govuk-link">
						{user.name}
					</a>
				),
			},
			{ text: user.email },
			showOrganisation ? { text: user.organisation } : null,
			{ text: roleLabels[user.role] },
			{ children: <UserStatusTag status={user.status} /> },
		].filter((cell) => cell !== null),
	)
}
