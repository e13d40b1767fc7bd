import type { EditionStatus } from '#db/schema.ts'

export const editionStatusLabels: Record<EditionStatus, string> = {
	draft: 'Draft',
	published: 'Published',
	retired: 'Retired',
}

/** The colour of an edition's status tag: blue while it can change, green while published, grey once retired. */
export const editionStatusTagClasses: Record<EditionStatus, string> = {
	draft: 'govuk-tag--blue',
	published: 'govuk-tag--green',
	retired: 'govuk-tag--grey',
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
