import type { ReactNode } from 'react'
import { type Attributes, type Content, cx, inner, toReactAttributes } from './shared.ts'

export type TableCell = Content & {
	/** `numeric` right-aligns the cell. */
	format?: string
	classes?: string
	colspan?: number
	rowspan?: number
	attributes?: Attributes
}

export type TableProps = {
	/** Falsy rows are skipped, so rows can be added conditionally. */
	rows: Array<TableCell[] | null | undefined | false>
	head?: TableCell[]
	caption?: ReactNode
	captionClasses?: string
	/** Renders the first cell of each row as a row header. */
	firstCellIsHeader?: boolean
	classes?: string
	attributes?: Attributes
}

function spans(cell: TableCell) {
	return {
		...toReactAttributes(cell.attributes),
		...(cell.colspan ? { colSpan: cell.colspan } : {}),
		...(cell.rowspan ? { rowSpan: cell.rowspan } : {}),
	}
}

export function Table({ rows, head, caption, captionClasses, firstCellIsHeader, classes, attributes }: TableProps) {
	return (
		<table {...toReactAttributes(attributes)} className={cx('govuk-table', classes)}>
			{caption ? <caption className={cx('govuk-table__caption', captionClasses)}>{caption}</caption> : null}
			{head ? (
				<thead className="govuk-table__head">
					<tr className="govuk-table__row">
						{head.map((item, index) => (
							<th
								key={index}
								{...spans(item)}
								scope="col"
								className={cx(
									'govuk-table__header',
									item.format && `govuk-table__header--${item.format}`,
									item.classes,
								)}
								{...inner(item)}
							/>
						))}
					</tr>
				</thead>
			) : null}
			<tbody className="govuk-table__body">
				{(rows ?? []).map((row, rowIndex) =>
					row ? (
						<tr key={rowIndex} className="govuk-table__row">
							{row.map((cellOrNothing, index) => {
								const cell = cellOrNothing ?? {}
								if (index === 0 && firstCellIsHeader) {
									return (
										<th
											key={index}
											{...spans(cell)}
											scope="row"
											className={cx('govuk-table__header', cell.classes)}
											{...inner(cell)}
										/>
									)
								}
								return (
									<td
										key={index}
										{...spans(cell)}
										className={cx(
											'govuk-table__cell',
											cell.format && `govuk-table__cell--${cell.format}`,
											cell.classes,
										)}
										{...inner(cell)}
									/>
								)
							})}
						</tr>
					) : null,
				)}
			</tbody>
		</table>
	)
}
