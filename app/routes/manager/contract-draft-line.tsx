import { parseWithZod } from '@conform-to/zod/v4'
import { data, href, redirect } from 'react-router'
import { lineEntry } from '#app/domain/matrix/line-form.ts'
import { saveDraftLine } from '#app/lib/direct-contracts.server.ts'
import { emptyEntry } from '#app/lib/matrix-workspace.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import {
	MatrixLineForm,
	lineOfMeasure,
	lineFormStart,
	lineFormWithVersion,
	unseenLineFields,
	type LineFormWording,
} from '#app/routes/shared/matrix-line-form.tsx'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { withNotice } from '#app/components/notices.ts'
import { requireDirectDraft } from './contract-draft-route.server.ts'
import type { Route } from './+types/contract-draft-line.ts'

function loadLine(request: Request, params: { matrixId?: string; measureId?: string }) {
	const { user, workspace } = requireDirectDraft(request, params.matrixId)
	const line = lineOfMeasure(workspace.lines, params.measureId)
	return { user, workspace, line }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace, line } = loadLine(request, params)
	return {
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		term: { contractStart: workspace.tender.contractStart, contractEnd: workspace.tender.contractEnd },
		measure: line.measure,
		...lineFormStart(line.entry, emptyEntry(), line.measure, workspace.term),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace, line } = loadLine(request, params)
	const submission = parseWithZod(await readFormData(request), { schema: lineFormWithVersion(line.measure) })
	if (submission.status !== 'success')
		return data(
			{ result: invalidFormReply(submission, unseenLineFields(submission.error, line.measure)) },
			{ status: 400 },
		)
	const { version, ...fields } = submission.value
	const result = saveDraftLine(
		user,
		{ matrixId: workspace.matrix.id, measureId: line.measure.id, version, entry: lineEntry(fields) },
		{ ip: context.clientIp, now: Date.now() },
	)
	// What was typed stays on the page, so nothing is lost when someone else saved first.
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	return redirect(
		withNotice(href('/manage/contract-drafts/:matrixId', { matrixId: String(workspace.matrix.id) }), 'line-saved'),
	)
}

/** The officer's words: they type what the supplier agreed. */
function officerWording(matrixId: number): LineFormWording {
	return {
		back: {
			href: href('/manage/contract-drafts/:matrixId', { matrixId: String(matrixId) }),
			text: 'Back to the contract',
		},
		commitment: 'What the supplier commits to',
		commitmentHint: 'This measure is qualitative: describe the commitment in words',
		quantity: 'Quantity the supplier commits to over the contract',
		milestonesHint: 'each with the running total the supplier will have delivered by then',
		statementHint: 'How the supplier will deliver this',
		declined: 'The supplier is not committing to this measure',
		stillToDo: 'Still to do before you can confirm the contract',
		submit: 'Save and return to the contract',
	}
}

export default function ContractDraftLine({ loaderData, actionData }: Route.ComponentProps) {
	return (
		<MatrixLineForm
			measure={loaderData.measure}
			term={loaderData.term}
			version={loaderData.version}
			values={loaderData.values}
			stillToDo={loaderData.stillToDo}
			comments={[]}
			lastResult={actionData?.result}
			wording={officerWording(loaderData.matrixId)}
		/>
	)
}
