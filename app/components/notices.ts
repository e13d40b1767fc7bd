import { countOf, pluralWord } from '#app/domain/plural.ts'
import { BULK_APPROVAL_MAX, approvedMessage } from '#app/domain/returns/bulk-approval.ts'
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
	'edition-shared': 'Edition shared. Administrators of the other councils can now adopt it as a draft of their own.',
	'edition-adopted': 'Edition adopted as a draft. Check its measures and units, then publish it when it is ready.',
	'edition-deleted': 'Draft edition deleted.',
	'theme-saved': 'Theme saved.',
	'theme-deleted': 'Theme deleted.',
	'outcome-saved': 'Outcome saved.',
	'outcome-deleted': 'Outcome deleted.',
	'measure-saved': 'Measure saved.',
	'measure-deleted': 'Measure deleted.',
	'proxy-values-uplifted': 'Proxy values uplifted. The draft now holds the new values.',
	'proxy-values-saved': 'Proxy values saved.',
	'proxy-values-unchanged': 'No proxy value was changed.',
	'priority-saved': 'Council priority saved.',
	'unit-saved': 'Unit saved.',
	'unit-retired': 'Unit retired. It is no longer offered for new measures.',
	'unit-restored': 'Unit restored. It is offered for new measures again.',
	'unit-deleted': 'Unit deleted.',
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
	'bid-entered': 'Bidder’s matrix entered as submitted, in your name.',
	'bid-replaced': 'Bidder’s matrix replaced with what the file contained.',
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
	'contracts-imported':
		'Contracts imported. They are on the register, and new supplier organisations’ contacts have been invited to claim them.',
	'contract-draft-started': 'Contract details saved. Now enter the supplier’s commitments.',
	'commitments-uploaded': 'Spreadsheet uploaded. The contract’s commitments now hold what the file contained.',
	'contract-recorded': 'Contract recorded. Its commitments are fixed and the supplier has been told by email.',
	'contract-draft-discarded': 'The contract you were recording has been discarded.',
	'council-added': 'Council added. Its first administrator has been sent an invitation.',
	'consortium-granted': 'They can now see the consortium figures.',
	'consortium-removed': 'They can no longer see the consortium figures.',
} as const

/** After an import: the header row when it was not the first, and how many values were rounded to the penny. */
type ImportedNotice =
	| `edition-imported-header-row-${number}`
	| `edition-imported-rounded-${number}`
	| `edition-imported-header-row-${number}-rounded-${number}`

/** After approving several returns at once: how many. */
type ReturnsApprovedNotice = `returns-approved-${number}`

/** A success message a redirect can ask the next page to show. */
export type NoticeKey = keyof typeof fixedNotices | ImportedNotice | ReturnsApprovedNotice

/** The message for a `?notice=` value, or undefined for anything not on the list. */
export function noticeMessage(key: string | null): string | undefined {
	if (!key) return undefined
	if (Object.hasOwn(fixedNotices, key)) return fixedNotices[key as keyof typeof fixedNotices]
	return importedMessage(key) ?? returnsApprovedMessage(key)
}

/** How many returns were approved at once: a count one confirmation can approve, or no message. */
function returnsApprovedMessage(key: string): string | undefined {
	const count = Number(/^returns-approved-([1-9]\d{0,3})$/.exec(key)?.[1])
	return count >= 1 && count <= BULK_APPROVAL_MAX ? approvedMessage(count) : undefined
}

const IMPORTED = /^edition-imported(?:-header-row-([1-9]\d*))?(?:-rounded-([1-9]\d*))?$/

/** The import's message, from numbers a crafted link could also set: each must be one an import gives. */
function importedMessage(key: string): string | undefined {
	const [, headerRowText, roundedText] = IMPORTED.exec(key) ?? []
	if (headerRowText === undefined && roundedText === undefined) return undefined
	const headerRow = headerRowText === undefined ? null : Number(headerRowText)
	const rounded = roundedText === undefined ? null : Number(roundedText)
	if (headerRow !== null && (headerRow < 2 || headerRow > HEADER_SEARCH_ROWS)) return undefined
	if (rounded !== null && !Number.isSafeInteger(rounded)) return undefined
	return [
		'Spreadsheet imported.',
		headerRow === null ? null : `The header row was row ${headerRow}: the rows above it were skipped.`,
		rounded === null
			? null
			: `${countOf(rounded, 'proxy value')} with fractions of a penny ${pluralWord(rounded, 'was', 'were')} rounded to the nearest penny.`,
	]
		.filter(Boolean)
		.join(' ')
}

/** The notice after importing a spreadsheet: where its header row was, and how many values were rounded. */
export function importedNotice(imported: { headerRow: number; roundedCount: number }): NoticeKey {
	const headerRow = imported.headerRow > 1 && imported.headerRow <= HEADER_SEARCH_ROWS ? imported.headerRow : null
	const rounded = imported.roundedCount > 0 ? imported.roundedCount : null
	if (headerRow !== null && rounded !== null) return `edition-imported-header-row-${headerRow}-rounded-${rounded}`
	if (headerRow !== null) return `edition-imported-header-row-${headerRow}`
	if (rounded !== null) return `edition-imported-rounded-${rounded}`
	return 'edition-imported'
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
