import { href } from 'react-router'
import { type LineStatus, lineStatusLabels } from '#app/domain/matrix/matrix-lines.ts'
import { countOf } from '#app/domain/plural.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { TaskListItem } from '#app/components/govuk/task-list.tsx'

const statusTagClasses: Record<Exclude<LineStatus, 'completed'>, string> = {
	not_started: 'govuk-tag--blue',
	in_progress: 'govuk-tag--light-blue',
}

/** As the GOV.UK task list pattern shows a status: a task still to finish has a tag, a finished one plain text. */
function taskStatus(status: LineStatus): TaskListItem['status'] {
	if (status === 'completed') return { text: lineStatusLabels.completed }
	return { tag: { text: lineStatusLabels[status], classes: statusTagClasses[status] } }
}

/** Only what a matrix's task list shows of each line: its full answers are long, and are on each line's page. */
export function matrixTaskLines(
	lines: Array<{
		measure: MatrixTaskLine['measure']
		valuePence: number | null
		entry: { declined: boolean } | null
		status: LineStatus
	}>,
): MatrixTaskLine[] {
	return lines.map((line) => ({
		measure: {
			id: line.measure.id,
			code: line.measure.code,
			title: line.measure.title,
			themeName: line.measure.themeName,
		},
		valuePence: line.valuePence,
		declined: line.entry?.declined ?? false,
		status: line.status,
	}))
}

export type MatrixTaskLine = {
	measure: { id: number; code: string; title: string; themeName: string }
	valuePence: number | null
	declined: boolean
	status: LineStatus
}

/** The supplier's page for one line of their matrix. */
const supplierLinePage = (matrixId: number, measureId: number) =>
	href('/matrices/:matrixId/lines/:measureId', { matrixId: String(matrixId), measureId: String(measureId) })

/**
 * A matrix's lines as tasks: each links to its line's page (the supplier's, unless another is
 * given), which shows the answers read only once the matrix cannot be changed.
 */
export function matrixTaskItems(
	matrixId: number,
	lines: MatrixTaskLine[],
	linePage: (matrixId: number, measureId: number) => string = supplierLinePage,
): TaskListItem[] {
	return lines.map((line) => ({
		title: { text: `${line.measure.code}: ${line.measure.title}` },
		href: linePage(matrixId, line.measure.id),
		hint: {
			text: [
				line.measure.themeName,
				line.valuePence !== null ? formatPounds(line.valuePence) : null,
				line.declined ? 'Not committing' : null,
			]
				.filter(Boolean)
				.join(' · '),
		},
		status: taskStatus(line.status),
	}))
}

export type ReturnTaskCommitment = {
	id: number
	label: string
	complete: boolean
	started: boolean
	evidenceCount: number
	commentCount: number
}

/** A return's commitments as tasks: links while the supplier may still change the return. */
export function returnTaskItems(
	returnId: number,
	commitments: ReturnTaskCommitment[],
	editable: boolean,
): TaskListItem[] {
	return commitments.map((commitment) => ({
		title: { text: commitment.label },
		href: editable
			? href('/returns/:returnId/lines/:commitmentId', {
					returnId: String(returnId),
					commitmentId: String(commitment.id),
				})
			: undefined,
		hint: {
			text: [
				countOf(commitment.evidenceCount, 'evidence file'),
				commitment.commentCount > 0 ? `${countOf(commitment.commentCount, 'comment')} from the council` : null,
			]
				.filter(Boolean)
				.join(' · '),
		},
		status: taskStatus(commitment.complete ? 'completed' : commitment.started ? 'in_progress' : 'not_started'),
	}))
}
