import { formatCalendarDate } from '#app/domain/dates.ts'
import type { ImportCounts, ImportPlan } from '#app/domain/contracts/import/plan.ts'
import { countOf } from '#app/domain/plural.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'

// The page's loader shapes the cells, so they hold text only: all that travels well to the page.
type TextCell = Pick<TableCell, 'format'> & { text: string }
type TextRow = { key: { text: string }; value: { text: string } }

/** The counts of what the import creates. */
export function countRows(counts: ImportCounts): TextRow[] {
	return [
		['Contracts', counts.contracts],
		['New supplier organisations', counts.newSuppliers],
		['Supplier organisations already in the portal', counts.matchedSuppliers],
		['Commitments', counts.commitments],
		['Milestones', counts.milestones],
		['Past returns, approved and marked imported', counts.returns],
	].map(([key, value]) => ({ key: { text: String(key) }, value: { text: String(value) } }))
}

export const supplierHead: TextCell[] = [
	{ text: 'Supplier in the file' },
	{ text: 'Contracts rows' },
	{ text: 'In the portal' },
]

/** Each supplier organisation the file names: which one it matched, and by what; or the one it adds. */
export function supplierRows(plan: ImportPlan): TextCell[][] {
	return plan.suppliers.map((supplier) => [
		{ text: supplier.name },
		{ text: supplier.rows.join(', ') },
		{
			text: supplier.match
				? `Matched to ${supplier.match.name} by ${supplier.match.by}`
				: `New: ${supplier.contactName} (${supplier.contactEmail}) is invited to claim it`,
		},
	])
}

export const contractHead: TextCell[] = [
	{ text: 'Reference' },
	{ text: 'Title' },
	{ text: 'Supplier' },
	{ text: 'Term' },
	{ text: 'Value', format: 'numeric' },
	{ text: 'Commitments', format: 'numeric' },
	{ text: 'Past returns', format: 'numeric' },
]

/** Each contract the import creates. */
export function contractRows(plan: ImportPlan): TextCell[][] {
	const supplierName = new Map(plan.suppliers.map((s) => [s.key, s.match?.name ?? s.name]))
	return plan.contracts.map((contract) => [
		{ text: contract.reference },
		{ text: contract.title },
		{ text: supplierName.get(contract.supplierKey) ?? '' },
		{ text: `${formatCalendarDate(contract.startDate)} to ${formatCalendarDate(contract.endDate)}` },
		{ text: formatPounds(contract.valuePence), format: 'numeric' },
		{ text: String(contract.commitments.length), format: 'numeric' },
		{
			text: String(new Set(contract.commitments.flatMap((c) => c.delivery.map((d) => d.periodKey))).size),
			format: 'numeric',
		},
	])
}

/** The confirm button's words: "Import 3 contracts". */
export function confirmationText(counts: ImportCounts): string {
	return `Import ${countOf(counts.contracts, 'contract')}`
}
