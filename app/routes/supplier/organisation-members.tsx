import type { ReactNode } from 'react'
import type { UserStatus } from '#db/schema.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'

export type Member = {
	id: number
	name: string
	email: string
	status: UserStatus
	isOrgAdmin: boolean
	receivesReminders: boolean
	version: number
}

/** The columns of an organisation's people; those who manage it also get a column for removing someone. */
export function memberHead(manages: boolean): TableCell[] {
	return [
		{ text: 'Name' },
		{ text: 'Email address' },
		{ text: 'Status' },
		{ text: 'Receives reminders' },
		manages ? { children: <span className="govuk-visually-hidden">Actions</span> } : null,
	].filter((cell) => cell !== null)
}

/**
 * One row per person: name (and whether they manage the organisation), email address, status
 * and whether reminders go to them. For someone who manages it, a last cell holds `remove(member)`.
 */
export function memberRows(
	members: Member[],
	options: { manages: boolean; remove: (member: Member) => ReactNode },
): TableCell[][] {
	return members.map((member) =>
		[
			{
				children: (
					<>
						{member.name}
						{member.isOrgAdmin ? <Hint classes="govuk-!-margin-bottom-0">Manages the organisation</Hint> : null}
					</>
				),
			},
			{ text: member.email },
			{ children: <UserStatusTag status={member.status} /> },
			{ text: member.receivesReminders ? 'Yes' : 'No' },
			options.manages ? { children: options.remove(member) } : null,
		].filter((cell) => cell !== null),
	)
}
