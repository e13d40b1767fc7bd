import type { EditionStatus } from '#db/schema.ts'

export const editionStatusLabels: Record<EditionStatus, string> = {
	draft: 'Draft',
	published: 'Published',
	retired: 'Retired',
}

export type EditionAction = 'edit' | 'publish' | 'retire' | 'make-current' | 'delete'

/** What can be done to an edition in a given state. Only drafts change content. */
export function allowedEditionActions(edition: { status: EditionStatus; isCurrent: boolean }): EditionAction[] {
	switch (edition.status) {
		case 'draft':
			return ['edit', 'publish', 'delete']
		case 'published':
			return edition.isCurrent ? [] : ['make-current', 'retire']
		case 'retired':
			return ['make-current']
	}
}

export function canEditContent(edition: { status: EditionStatus }): boolean {
	return edition.status === 'draft'
}
