import { formatDateTime } from '#app/domain/dates.ts'
import type { userWithActivity } from '#app/lib/user-admin.server.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'

export type ActivityEvent = NonNullable<ReturnType<typeof userWithActivity>>['activity'][number]

const actionLabels: Record<string, string> = {
	sign_in: 'Signed in',
	sign_in_failed: 'Failed sign-in',
	sign_out: 'Signed out',
	password_changed: 'Password changed',
	password_reset_requested: 'Password reset requested',
	user_invited: 'Invited',
	invitation_accepted: 'Accepted invitation',
	role_changed: 'Role changed',
	user_disabled: 'Disabled',
	user_enabled: 'Enabled',
	calendar_feed_created: 'Calendar address made',
	calendar_feed_reset: 'Calendar address reset',
}

export const activityHead: TableCell[] = [{ text: 'When' }, { text: 'What' }, { text: 'By' }]

/** One row per event about a user: when, what happened in words, and who did it (a dash for nobody signed in). */
export function activityRows(events: ActivityEvent[]): TableCell[][] {
	return events.map((event) => [
		{ text: formatDateTime(event.at) },
		{ text: actionLabels[event.action] ?? event.action },
		{ text: event.actor ?? '–' },
	])
}
