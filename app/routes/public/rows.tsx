import { href } from 'react-router'
import { formatDate, formatDateTime } from '#app/domain/dates.ts'
import { countOf } from '#app/domain/plural.ts'
import { editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { ListedEdition } from '#app/lib/toms-queries.server.ts'

// The rows of the tables on the public pages.

type OpenTender = {
	id: number
	reference: string
	title: string
	estimatedValuePence: number
	deadlineAt: number
	amendments: number
	timeLeft: string
}

export const opportunityHead: TableCell[] = [
	{ text: 'Tender' },
	{ text: 'Estimated value', format: 'numeric' },
	{ text: 'Deadline' },
	{ text: 'Time left' },
]

/** Each open tender, linking to its page, with its reference and how often it was amended beneath. */
export function opportunityRows(tenders: OpenTender[]): TableCell[][] {
	return tenders.map((tender) => [
		{
			children: (
				<>
					<a className="govuk-link" href={href('/opportunities/:tenderId', { tenderId: String(tender.id) })}>
						{tender.title}
					</a>
					<Hint classes="govuk-!-margin-bottom-0">
						{tender.reference}
						{tender.amendments > 0 ? ` · amended ${countOf(tender.amendments, 'time')}` : ''}
					</Hint>
				</>
			),
		},
		{ text: formatPounds(tender.estimatedValuePence), format: 'numeric' },
		{ text: formatDateTime(tender.deadlineAt) },
		{ text: tender.timeLeft },
	])
}

type PublicEdition = Pick<ListedEdition, 'id' | 'name' | 'status' | 'isCurrent' | 'publishedAt' | 'measureCount'>

export const publicEditionHead: TableCell[] = [
	{ text: 'Edition' },
	{ text: 'Published' },
	{ text: 'Measures', format: 'numeric' },
	{ text: 'Status' },
]

/** Each edition the public can read, linking to it; the one everyone reads now is marked current. */
export function publicEditionRows(editions: PublicEdition[]): TableCell[][] {
	return editions.map((edition) => [
		{
			children: (
				<a className="govuk-link" href={href('/toms/editions/:editionId', { editionId: String(edition.id) })}>
					{edition.name}
				</a>
			),
		},
		{ text: edition.publishedAt ? formatDate(edition.publishedAt) : '' },
		{ text: edition.measureCount, format: 'numeric' },
		{
			children: edition.isCurrent ? (
				<Tag text="Current" classes="govuk-tag--green" />
			) : (
				<Tag text={editionStatusLabels[edition.status]} classes="govuk-tag--grey" />
			),
		},
	])
}
