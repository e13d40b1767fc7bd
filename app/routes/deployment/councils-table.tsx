import type { TableCell } from '#app/components/govuk/table.tsx'
import type { CouncilSummary } from '#app/lib/deployment.server.ts'

export const councilsHead: TableCell[] = [
	{ text: 'Council' },
	{ text: 'Short name' },
	{ text: 'Short address' },
	{ text: 'Host name' },
	{ text: 'Staff', format: 'numeric' },
	{ text: 'Contracts', format: 'numeric' },
]

/** One row per council; the short address is the path its public pages have on the shared host. */
export function councilsRows(councils: CouncilSummary[]): TableCell[][] {
	return councils.map((council) => [
		{ text: council.name },
		{ text: council.shortName },
		{ text: `/c/${council.slug}` },
		{ text: council.host ?? 'None: the shared host' },
		{ text: String(council.staff), format: 'numeric' },
		{ text: String(council.contracts), format: 'numeric' },
	])
}
