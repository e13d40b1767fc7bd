import type { UserStatus } from '#db/schema.ts'
import { Tag } from './govuk/tag.tsx'

const labels: Record<UserStatus, { text: string; classes?: string }> = {
	unverified: { text: 'Email not confirmed', classes: 'govuk-tag--yellow' },
	active: { text: 'Active', classes: 'govuk-tag--green' },
	invited: { text: 'Invited', classes: 'govuk-tag--blue' },
	disabled: { text: 'Disabled', classes: 'govuk-tag--grey' },
}

export function UserStatusTag({ status }: { status: UserStatus }) {
	return <Tag text={labels[status].text} classes={labels[status].classes} />
}
