import { formatPounds } from '#app/domain/toms/money.ts'

// GOV.UK colours with enough contrast against white for the bars and their text.
const COMMITTED = '#505a5f'
const DELIVERED = '#00703c'
const TEXT = '#0b0c0c'

function niceMax(value: number): number {
	if (value <= 0) return 1
	const magnitude = 10 ** Math.floor(Math.log10(value))
	return Math.ceil(value / magnitude) * magnitude
}

export type BarPair = { label: string; committedPence: number; deliveredPence: number }

/**
 * Delivered against committed, one pair of bars per row, drawn on the server as SVG so it
 * shows without JavaScript. The figures are in the table beside it; the chart's title and
 * description say what it shows for screen readers.
 */
export function CommittedDeliveredChart({ id, title, rows }: { id: string; title: string; rows: BarPair[] }) {
	if (rows.length === 0) return null
	const labelWidth = 220
	const chartWidth = 420
	const barHeight = 14
	const rowHeight = 2 * barHeight + 16
	const height = rows.length * rowHeight + 30
	const max = niceMax(Math.max(...rows.map((r) => Math.max(r.committedPence, r.deliveredPence))))
	const scale = (pence: number) => (pence / max) * chartWidth
	return (
		<figure className="app-chart">
			<svg
				role="img"
				aria-labelledby={`${id}-title ${id}-desc`}
				viewBox={`0 0 ${labelWidth + chartWidth + 130} ${height}`}
				width="100%"
				preserveAspectRatio="xMinYMin meet"
			>
				<title id={`${id}-title`}>{title}</title>
				<desc id={`${id}-desc`}>
					{rows
						.map(
							(r) =>
								`${r.label}: ${formatPounds(r.deliveredPence)} delivered of ${formatPounds(r.committedPence)} committed`,
						)
						.join('. ')}
					.
				</desc>
				<g fontFamily="Arial, sans-serif" fontSize="13" fill={TEXT}>
					<rect x={labelWidth} y={4} width={12} height={12} fill={COMMITTED} />
					<text x={labelWidth + 18} y={14}>
						Committed
					</text>
					<rect x={labelWidth + 110} y={4} width={12} height={12} fill={DELIVERED} />
					<text x={labelWidth + 128} y={14}>
						Delivered
					</text>
					{rows.map((row, index) => {
						const y = 30 + index * rowHeight
						return (
							<g key={row.label}>
								<text x={labelWidth - 8} y={y + barHeight + 4} textAnchor="end">
									{row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label}
								</text>
								<rect
									x={labelWidth}
									y={y}
									width={Math.max(1, scale(row.committedPence))}
									height={barHeight}
									fill={COMMITTED}
								/>
								<text x={labelWidth + scale(row.committedPence) + 6} y={y + barHeight - 3}>
									{formatPounds(row.committedPence)}
								</text>
								<rect
									x={labelWidth}
									y={y + barHeight + 2}
									width={Math.max(1, scale(row.deliveredPence))}
									height={barHeight}
									fill={DELIVERED}
								/>
								<text x={labelWidth + scale(row.deliveredPence) + 6} y={y + 2 * barHeight - 1}>
									{formatPounds(row.deliveredPence)}
								</text>
							</g>
						)
					})}
				</g>
			</svg>
		</figure>
	)
}

export type ColumnPoint = { label: string; pence: number }

/** £ delivered per period, oldest first, as columns: the same figures are in the table beside it. */
export function DeliveredOverTimeChart({ id, title, points }: { id: string; title: string; points: ColumnPoint[] }) {
	if (points.length === 0) return null
	const width = 640
	const height = 220
	const bottom = 40
	const top = 20
	const max = niceMax(Math.max(...points.map((p) => p.pence)))
	const step = width / points.length
	const barWidth = Math.min(48, step * 0.7)
	return (
		<figure className="app-chart">
			<svg
				role="img"
				aria-labelledby={`${id}-title ${id}-desc`}
				viewBox={`0 0 ${width} ${height}`}
				width="100%"
				preserveAspectRatio="xMinYMin meet"
			>
				<title id={`${id}-title`}>{title}</title>
				<desc id={`${id}-desc`}>{points.map((p) => `${p.label}: ${formatPounds(p.pence)}`).join('. ')}.</desc>
				<g fontFamily="Arial, sans-serif" fontSize="12" fill={TEXT}>
					<line x1={0} x2={width} y1={height - bottom} y2={height - bottom} stroke={TEXT} />
					{points.map((point, index) => {
						const barHeight = ((height - bottom - top) * point.pence) / max
						const x = index * step + (step - barWidth) / 2
						return (
							<g key={point.label}>
								<rect
									x={x}
									y={height - bottom - barHeight}
									width={barWidth}
									height={Math.max(0, barHeight)}
									fill={DELIVERED}
								/>
								<text x={x + barWidth / 2} y={height - bottom + 16} textAnchor="middle">
									{point.label}
								</text>
							</g>
						)
					})}
				</g>
			</svg>
		</figure>
	)
}
