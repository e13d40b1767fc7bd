import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { countOf } from '#app/domain/plural.ts'
import { discardDirectDraft } from '#app/lib/direct-contracts.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { matrixTaskItems, matrixTaskLines } from '#app/routes/supplier/task-list-items.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { TaskList } from '#app/components/govuk/task-list.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { draftDetailRows } from './contract-draft-rows.ts'
import { draftOverview, requireDirectDraft } from './contract-draft-route.server.ts'
import type { Route } from './+types/contract-draft.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireDirectDraft(request, params.matrixId)
	return {
		...draftOverview(workspace),
		lines: matrixTaskLines(workspace.lines),
	}
}

/** Discarding is the page's one form: the version it was loaded at, nothing typed. */
const DiscardSchema = z.object({ version: z.number().int().min(0) })

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireDirectDraft(request, params.matrixId)
	const submission = parseWithZod(await readFormData(request), { schema: DiscardSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = discardDirectDraft(
		user,
		{ matrixId: workspace.matrix.id, version: submission.value.version },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	return redirect(withNotice(href('/manage'), 'contract-draft-discarded'))
}

export default function ContractDraft({ loaderData, actionData }: Route.ComponentProps) {
	const { matrix, title, details, lines, totals } = loaderData
	const [form] = useForm({ id: 'discard', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'discard-button')
	const matrixId = String(matrix.id)
	const completed = lines.filter((line) => line.status === 'completed').length
	const linePage = (id: number, measureId: number) =>
		href('/manage/contract-drafts/:matrixId/lines/:measureId', { matrixId: String(id), measureId: String(measureId) })
	return (
		<>
			<BackLink href={href('/manage')} text="Back to your home page" />
			<DocumentTitle title={`Record a contract: ${title}`} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<NoticeBanner />
			<span className="govuk-caption-l">{details.reference}</span>
			<h1 className="govuk-heading-l">Record a contract: {title}</h1>
			<SummaryList rows={draftDetailRows(details)} />
			<h2 className="govuk-heading-m">The supplier’s commitments</h2>
			<p className="govuk-body">
				You have completed {completed} of {countOf(lines.length, 'commitment')}. Type each one on screen, or{' '}
				<a className="govuk-link" href={href('/manage/contract-drafts/:matrixId/spreadsheet', { matrixId })} download>
					download them as a spreadsheet
				</a>{' '}
				(the supplier’s matrix format) and{' '}
				<a className="govuk-link" href={href('/manage/contract-drafts/:matrixId/upload', { matrixId })}>
					upload commitments from a spreadsheet
				</a>
				.
			</p>
			<TaskList idPrefix="line" items={matrixTaskItems(matrix.id, lines, linePage)} />
			<MatrixTotalsTable totals={totals} targetPercent={null} caption="Social value committed" />
			<Button href={href('/manage/contract-drafts/:matrixId/confirm', { matrixId })} text="Check and confirm" />
			<h2 className="govuk-heading-m">Discard this contract</h2>
			<Form method="post" {...getFormProps(form)}>
				<input type="hidden" name="version" value={matrix.version} />
				<p className="govuk-body">
					Removes the contract you are recording and every commitment entered. A new supplier you added stays, not yet
					invited.
				</p>
				<Button text="Discard this contract" classes="govuk-button--warning" id="discard-button" />
			</Form>
		</>
	)
}
