import { renderToStaticMarkup } from 'react-dom/server'
import { Table, type TableCell } from '#app/components/govuk/table.tsx'

/** A GOV.UK table's rows as its cells' text, head first: the table as a person reads it. */
export function tableText(head: TableCell[] | undefined, rows: TableCell[][]): string[][] {
	const html = renderToStaticMarkup(<Table head={head} rows={rows} />)
	const text = (cell: string) =>
		cell
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#x27;/g, "'")
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim()
	return [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
		[...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)),
	)
}
