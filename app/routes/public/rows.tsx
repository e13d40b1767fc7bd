import { href } from 'react-router'
import { NOT_PUBLISHED } from '#app/domain/contracts/contract-audience.ts'
import { formatCalendarDate, formatDate, formatDateTime } from '#app/domain/dates.ts'
import { countOf } from '#app/domain/plural.ts'
import { editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { Hint } from '#app/components/govuk/hint.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { registerContracts } from '#app/lib/contracts.server.ts'
import type { ListedEdition } from '#app/lib/toms-queries.server.ts'

// The rows of the tables on the public pages.

/**
 * How rows link and name councils: `path` keeps a council's prefix in links; `councilNames`,
 * given when a list holds several councils' records, adds a column naming each row's council.
 */
export type RowContext = {
	path?: (path: string) => string
	councilNames?: Record<number, string> | null
}

const samePath = (path: string) => path

/** The head with a Council column after the first, when the rows name their council. */
export function withCouncilColumn(head: TableCell[], context: RowContext = {}): TableCell[] {
	return context.councilNames ? [head[0]!, { text: 'Council' }, ...head.slice(1)] : head
}

function withCouncilCell(row: TableCell[], councilId: number | undefined, context: RowContext): TableCell[] {
	if (!context.councilNames) return row
	const name = councilId === undefined ? '' : (context.councilNames[councilId] ?? '')
	return [row[0]!, { text: name }, ...row.slice(1)]
}

type OpenTender = {
	id: number
	councilId?: number
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
export function opportunityRows(tenders: OpenTender[], context: RowContext = {}): TableCell[][] {
	const path = context.path ?? samePath
	return tenders.map((tender) => withCouncilCell(opportunityRow(tender, path), tender.councilId, context))
}

function opportunityRow(tender: OpenTender, path: (path: string) => string): TableCell[] {
	return [
		{
			children: (
				<>
					<a className="govuk-link" href={path(href('/opportunities/:tenderId', { tenderId: String(tender.id) }))}>
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
	]
}

type PublicEdition = Pick<ListedEdition, 'id' | 'name' | 'status' | 'isCurrent' | 'publishedAt' | 'measureCount'>

export const publicEditionHead: TableCell[] = [
	{ text: 'Edition' },
	{ text: 'Published' },
	{ text: 'Measures', format: 'numeric' },
	{ text: 'Status' },
]

/** Each edition the public can read, linking to it; the one everyone reads now is marked current. */
export function publicEditionRows(editions: PublicEdition[], context: RowContext = {}): TableCell[][] {
	const path = context.path ?? samePath
	return editions.map((edition) => [
		{
			children: (
				<a className="govuk-link" href={path(href('/toms/editions/:editionId', { editionId: String(edition.id) }))}>
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

type RegisterContract = Pick<
	ReturnType<typeof registerContracts>[number],
	| 'id'
	| 'title'
	| 'reference'
	| 'organisationName'
	| 'startDate'
	| 'endDate'
	| 'valuePence'
	| 'committedPence'
	| 'deliveredPence'
> & { councilId?: number }

export const registerHead: TableCell[] = [
	{ text: 'Contract' },
	{ text: 'Supplier' },
	{ text: 'Term' },
	{ text: 'Contract value', format: 'numeric' },
	{ text: 'Social value committed', format: 'numeric' },
	{ text: 'Social value delivered', format: 'numeric' },
]

/** A figure its reader may see, in pounds; the register's words for one they may not. */
const figure = (pence: number | null): TableCell => ({
	text: pence === null ? NOT_PUBLISHED : formatPounds(pence),
	format: 'numeric',
})

/** Each contract in the register, linking to its page, with the figures its reader may see. */
export function registerRows(contracts: RegisterContract[], context: RowContext = {}): TableCell[][] {
	const path = context.path ?? samePath
	return contracts.map((contract) => withCouncilCell(registerRow(contract, path), contract.councilId, context))
}

function registerRow(contract: RegisterContract, path: (path: string) => string): TableCell[] {
	return [
		{
			children: (
				<>
					<a className="govuk-link" href={path(href('/contracts/:contractId', { contractId: String(contract.id) }))}>
						{contract.title}
					</a>
					<br />
					<span className="govuk-body-s">{contract.reference}</span>
				</>
			),
		},
		{ text: contract.organisationName },
		{ text: `${formatCalendarDate(contract.startDate)} to ${formatCalendarDate(contract.endDate)}` },
		figure(contract.valuePence),
		figure(contract.committedPence),
		figure(contract.deliveredPence),
	]
}
