import { useSearchParams } from 'react-router'
import { HEADER_SEARCH_ROWS } from '#app/domain/toms/spreadsheet-rows.ts'
import { NotificationBanner } from './govuk/notification-banner.tsx'

// Only these fixed messages can be shown, so a crafted link cannot put words on the page.
const notices: Record<string, string> = {
	welcome: 'Your account is set up. Welcome to the social value portal.',
	'password-changed': 'Your password has been changed. You have been signed out on every other device.',
	'signed-out': 'You have signed out.',
	invited: 'Invitation sent.',
	'invitation-resent': 'A new invitation has been sent.',
	'role-changed': 'Role changed.',
	'user-disabled': 'User disabled. They have been signed out and cannot sign in.',
	'user-enabled': 'User enabled. They can sign in again.',
	'edition-created': 'Edition created as a draft.',
	'edition-imported': 'Spreadsheet imported. The draft now holds exactly what the file contained.',
	'edition-published': 'Edition published. It is now the current edition, shown to everyone.',
	'edition-retired': 'Edition retired.',
	'edition-current': 'This is now the current edition.',
	'edition-deleted': 'Draft edition deleted.',
	'theme-saved': 'Theme saved.',
	'theme-deleted': 'Theme deleted.',
	'outcome-saved': 'Outcome saved.',
	'outcome-deleted': 'Outcome deleted.',
	'measure-saved': 'Measure saved.',
	'measure-deleted': 'Measure deleted.',
	'priority-saved': 'Council priority saved.',
	'settings-saved': 'Settings saved.',
	'levels-saved': 'Levels saved. The action plan follows them.',
	'actions-saved': 'Actions saved.',
	'tender-saved': 'Tender saved.',
	'email-confirmed': 'Email address confirmed. Welcome to the social value portal.',
	'organisation-saved': 'Organisation details saved.',
	'reminders-saved': 'Reminder choices saved.',
	'member-removed': 'Removed. They can no longer sign in.',
	'colleague-invited': 'Invitation sent.',
	'line-saved': 'Saved.',
	'matrix-uploaded': 'Spreadsheet uploaded. Your matrix now holds what the file contained.',
	'score-saved': 'Quality score saved.',
	'decision-saved': 'Decision saved. The supplier has been told by email.',
	'comment-added': 'Comment added. The supplier sees it with your next decision.',
	'return-saved': 'Saved.',
	'return-submitted': 'Return submitted. Your contract manager has been told by email.',
	'evidence-added': 'File added.',
	'evidence-removed': 'File removed.',
	'mail-retried': 'Message queued again. It will be sent in a moment.',
	'contract-changed': 'Contract details changed. The supplier has been told by email.',
	'contract-awarded': 'Contract awarded. The suppliers and the contract manager have been told by email.',
	'matrix-withdrawn': 'Matrix withdrawn to draft. Submit it again before the deadline.',
	'tender-published': 'Tender published. Suppliers can now see it in opportunities.',
	'tender-cancelled': 'Tender cancelled.',
}

// A spreadsheet whose header row was not the first says which row it was.
for (let row = 2; row <= HEADER_SEARCH_ROWS; row++) {
	notices[`edition-imported-header-row-${row}`] =
		`Spreadsheet imported. The header row was row ${row}: the rows above it were skipped.`
}

/** The notice after importing a spreadsheet whose header row was `headerRow`. */
export function importedNotice(headerRow: number): string {
	return headerRow > 1 && headerRow <= HEADER_SEARCH_ROWS
		? `edition-imported-header-row-${headerRow}`
		: 'edition-imported'
}

/** A success banner for a `?notice=` set by the redirect after a successful form. */
export function NoticeBanner() {
	const [searchParams] = useSearchParams()
	const message = notices[searchParams.get('notice') ?? '']
	if (!message) return null
	return (
		<NotificationBanner type="success" titleText="Success">
			<p className="govuk-notification-banner__heading">{message}</p>
		</NotificationBanner>
	)
}
