import { parseWithZod } from '@conform-to/zod/v4'
import { data, href, redirect } from 'react-router'
import { lineEntry } from '#app/domain/matrix/line-form.ts'
import { readOnlyReason } from '#app/domain/matrix/read-only-reason.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { emptyEntry } from '#app/lib/matrix-workspace.server.ts'
import { commentsSentToSupplier, matrixHistory } from '#app/lib/matrix-review.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import {
	MatrixLineForm,
	lineOfMeasure,
	lineFormStart,
	lineFormWithVersion,
	unseenLineFields,
	type LineFormWording,
} from '#app/routes/shared/matrix-line-form.tsx'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { MatrixLineAnswers } from '#app/components/matrix-line-answers.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answer-rows.ts'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/matrix-line.ts'

function loadLine(request: Request, params: { matrixId?: string; measureId?: string }) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const line = lineOfMeasure(workspace.lines, params.measureId)
	return { user, workspace, line, readOnly: readOnlyReason(workspace.matrix, workspace.tender, Date.now()) }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace, line, readOnly } = loadLine(request, params)
	const comments = commentsSentToSupplier(workspace.matrix.id, matrixHistory(workspace.matrix.id)).filter(
		(c) => c.measureId === line.measure.id,
	)
	if (readOnly !== null) {
		return {
			editable: false as const,
			matrixId: workspace.matrix.id,
			measure: line.measure,
			rows: matrixLineAnswerRows(line),
			reason: readOnly,
			comments,
		}
	}
	const { values, stillToDo } = lineFormStart(line.entry, emptyEntry(), line.measure, workspace.term)
	return {
		editable: true as const,
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		tender: {
			title: workspace.tender.title,
			contractStart: workspace.tender.contractStart,
			contractEnd: workspace.tender.contractEnd,
		},
		measure: line.measure,
		values,
		stillToDo,
		comments,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace, line, readOnly } = loadLine(request, params)
	if (readOnly !== null) throw new Response(readOnly, { status: 400 })
	const submission = parseWithZod(await readFormData(request), { schema: lineFormWithVersion(line.measure) })
	if (submission.status !== 'success')
		return data(
			{ result: invalidFormReply(submission, unseenLineFields(submission.error, line.measure)) },
			{ status: 400 },
		)
	const { version, ...fields } = submission.value
	const result = saveLine(
		user,
		{ matrixId: workspace.matrix.id, measureId: line.measure.id, version, entry: lineEntry(fields) },
		{ ip: context.clientIp, now: Date.now() },
	)
	// What was typed stays on the page, so nothing is lost when someone else saved first.
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	return redirect(withNotice(href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) }), 'line-saved'))
}

export default function MatrixLine({ loaderData, actionData }: Route.ComponentProps) {
	return loaderData.editable ? (
		<MatrixLineForm
			measure={loaderData.measure}
			term={loaderData.tender}
			version={loaderData.version}
			values={loaderData.values}
			stillToDo={loaderData.stillToDo}
			comments={loaderData.comments}
			lastResult={actionData?.result}
			wording={supplierWording(loaderData.matrixId)}
		/>
	) : (
		<MatrixLineAnswers {...loaderData} />
	)
}

/** The supplier's own words on their line's page. */
function supplierWording(matrixId: number): LineFormWording {
	return {
		back: { href: href('/matrices/:matrixId', { matrixId: String(matrixId) }), text: 'Back to your matrix' },
		commitment: 'What you commit to',
		commitmentHint: 'This measure is qualitative: describe your commitment in words',
		quantity: 'Quantity you commit to over the contract',
		milestonesHint: 'each with the running total you will have delivered by then',
		statementHint: 'How you will deliver this',
		declined: 'We are not committing to this measure',
		stillToDo: 'Still to do before you can submit',
		submit: 'Save and return to your matrix',
	}
}
