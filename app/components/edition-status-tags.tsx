import type { EditionStatus } from '#db/schema.ts'
import { editionStatusLabels, editionStatusTagClasses } from '#app/domain/toms/edition-status.ts'
import { Tag } from './govuk/tag.tsx'

/** An edition's status, and "Current" beside it when it is the one everyone reads. */
export function EditionStatusTags({ edition }: { edition: { status: EditionStatus; isCurrent: boolean } }) {
	return (
		<>
			<Tag text={editionStatusLabels[edition.status]} classes={editionStatusTagClasses[edition.status]} />
			{edition.isCurrent ? (
				<>
					{' '}
					<Tag text="Current" classes="govuk-tag--green" />
				</>
			) : null}
		</>
	)
}
