import { describeCounts, type ContentCounts } from './content.ts'

// Importing a file replaces everything in a draft, changes made by hand included. When the
// draft holds anything, the administrator is told what will go and says so before it does.

/** Whether importing into a draft holding this much must first be confirmed. */
export function replacingNeedsConfirmation(existing: ContentCounts): boolean {
	return existing.themes > 0
}

/** What importing will replace, in words. */
export function replacingWarning(existing: ContentCounts): string {
	return `This draft already has ${describeCounts(existing)}. Importing a file replaces all of them, including any changes made by hand.`
}

export const REPLACE_CONFIRMATION_LABEL = 'Replace everything in this draft with the file'

export const REPLACE_NOT_CONFIRMED = 'Confirm that the file replaces everything in this draft'

/** A file is read against the draft as it was then; a draft changed since must be previewed again. */
export const IMPORT_STALE =
	'This draft has changed since the file was read, so this preview may no longer be right. Go back and upload the file again to preview it.'

export const IMPORT_ALREADY_CONFIRMED = 'This file has already been imported.'
