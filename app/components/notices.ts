import { HEADER_SEARCH_ROWS } from '#app/domain/toms/spreadsheet-rows.ts'

// Only these fixed messages can be shown, so a crafted link cannot put words on the page.
const fixedNotices = {
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
} as const

type HeaderRowNotice = `edition-imported-header-row-${number}`

/** A success message a redirect can ask the next page to show. */
export type NoticeKey = keyof typeof fixedNotices | HeaderRowNotice

/** The message for a `?notice=` value, or undefined for anything not on the list. */
export function noticeMessage(key: string | null): string | undefined {
	if (!key) return undefined
	if (Object.hasOwn(fixedNotices, key)) return fixedNotices[key as keyof typeof fixedNotices]
	// A spreadsheet whose header row was not the first says which row it was.
	const headerRow = /^edition-imported-header-row-(\d+)$/.exec(key)?.[1]
	const row = Number(headerRow)
	if (headerRow && row >= 2 && row <= HEADER_SEARCH_ROWS) {
		return `Spreadsheet imported. The header row was row ${row}: the rows above it were skipped.`
	}
	return undefined
}

/** The notice after importing a spreadsheet whose header row was `headerRow`. */
export function importedNotice(headerRow: number): NoticeKey {
	return headerRow > 1 && headerRow <= HEADER_SEARCH_ROWS
		? `edition-imported-header-row-${headerRow}`
		: 'edition-imported'
}

type NoticeOptions = {
	/** Other query parameters the next page needs, such as the page of a list. */
	search?: Record<string, string | number>
	/** The part of the page to scroll to. */
	hash?: string
}

/**
 * `path` with `?notice=` set, for the redirect after a successful form. Build `path` with
 * React Router's `href()` so both the route and the notice are checked by the compiler.
 */
export function withNotice(path: string, notice: NoticeKey, options: NoticeOptions = {}): string {
	const params = new URLSearchParams()
	for (const [name, value] of Object.entries(options.search ?? {})) params.set(name, String(value))
	params.set('notice', notice)
	return `${path}?${params}${options.hash ? `#${options.hash}` : ''}`
}
