import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { dueDateTiming } from '#app/domain/due-dates/due-dates.ts'
import { periodEndedAt } from '#app/domain/returns/periods.ts'
import { periodState } from '#app/domain/returns/period-state.ts'
import { returnLineProblems } from '#app/domain/returns/return-lines.ts'
import { returnStatusLabels, returnStatusTagClasses, supplierCanEditReturn } from '#app/domain/returns/return-state.ts'
import { countOf } from '#app/domain/plural.ts'
import { requireOwnReturn } from '#app/routes/supplier/return-route.server.ts'
import { setNilReturn } from '#app/lib/return-lines.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { TaskList } from '#app/components/govuk/task-list.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { HistoryTable } from '#app/components/matrix-history.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { returnTaskItems } from './task-list-items.ts'
import type { Route } from './+types/return.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { loaded } = requireOwnReturn(request, params.returnId)
	const { progressReturn, period, contract, commitments, lines, evidence, comments, history } = loaded
	const now = Date.now()
	const lastEvent = history.at(-1)
	return {
		progressReturn: {
			id: progressReturn.id,
			status: progressReturn.status,
			version: progressReturn.version,
			nil: progressReturn.nil,
			nilReason: progressReturn.nilReason,
			late: progressReturn.late,
			imported: progressReturn.imported,
		},
		period,
		contract: { id: contract.id, reference: contract.reference, title: contract.title },
		editable: supplierCanEditReturn(progressReturn.status) && !progressReturn.imported,
		periodEnded: now >= periodEndedAt(period.endDate),
		timing: dueDateTiming({ state: periodState(period, progressReturn.status, now), date: period.dueDate }, now),
		returnedReason: progressReturn.status === 'returned' ? (lastEvent?.reason ?? null) : null,
		commitments: commitments.map((c) => ({
			id: c.id,
			label: `${c.measureCode}: ${c.measureTitle}`,
			complete: returnLineProblems(lines.get(c.id) ?? null, c).length === 0,
			started: lines.has(c.id),
			evidenceCount: evidence.filter((e) => e.commitmentId === c.id).length,
			commentCount: comments.filter((e) => e.commitmentId === c.id).length,
		})),
		history: history.map((event) => ({
			id: event.id,
			at: event.at,
			what: event.from === null ? 'Started' : returnStatusLabels[event.to],
			by: event.by,
			why: event.reason ?? '',
		})),
	}
}

const NilReturnSchema = z.object({
	version: z.number().int().min(0),
	// A checkbox: present as "yes" when ticked, absent otherwise.
	nil: z
		.string()
		.optional()
		.transform((value) => value === 'yes'),
	nilReason: z.string().default(''),
})

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, loaded } = requireOwnReturn(request, params.returnId)
	const submission = parseWithZod(await readFormData(request), { schema: NilReturnSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const { version, nil, nilReason } = submission.value
	const result = setNilReturn(
		user,
		{ returnId: loaded.progressReturn.id, version, nil, reason: nilReason },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) {
		const reply = result.field
			? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
			: submission.reply({ formErrors: [result.message] })
		return data({ result: reply }, { status: result.status ?? 400 })
	}
	return redirect(
		withNotice(href('/returns/:returnId', { returnId: String(loaded.progressReturn.id) }), 'return-saved'),
	)
}

export default function ReturnTaskList({ loaderData, actionData }: Route.ComponentProps) {
	const { progressReturn, period, contract, editable, periodEnded, timing, returnedReason, commitments, history } =
		loaderData
	const [form, fields] = useForm({
		// Saving reloads this page at a new version; a new id starts the form afresh, without the last errors.
		id: `nil-return-${progressReturn.version}`,
		lastResult: actionData?.result,
		defaultValue: { nil: progressReturn.nil ? 'yes' : '', nilReason: progressReturn.nilReason },
	})
	const errors = collectErrors([fields.nilReason], form.errors, fields.nil.id)
	const { key: nilKey, ...nil } = checkboxesFieldProps(fields.nil)
	const { key: nilReasonKey, ...nilReason } = textareaFieldProps(fields.nilReason)
	const done = commitments.filter((c) => c.complete).length
	const returnId = String(progressReturn.id)
	return (
		<>
			<BackLink href={href('/your-contracts')} text="Back to your contracts" />
			<DocumentTitle title={`Progress return ${period.label}: ${contract.title}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				{contract.reference} · {contract.title}
			</span>
			<h1 className="govuk-heading-l">Progress return: {period.label}</h1>
			<p className="govuk-body">
				<Tag text={returnStatusLabels[progressReturn.status]} classes={returnStatusTagClasses[progressReturn.status]} />{' '}
				{progressReturn.imported ? (
					<>
						<Tag text="Imported" classes="govuk-tag--grey" />{' '}
					</>
				) : null}
				{formatCalendarDate(period.startDate)} to {formatCalendarDate(period.endDate)}. Due by{' '}
				{formatCalendarDate(period.dueDate)}
				{progressReturn.late ? ' (submitted late)' : ''}.{timing ? ` ${timing}.` : ''}
			</p>
			{returnedReason ? (
				<InsetText>
					The council asked for changes: <span className="app-preserve-lines">{returnedReason}</span>
				</InsetText>
			) : null}
			{editable ? (
				<Form method="post" className="govuk-!-margin-bottom-6" {...getFormProps(form)}>
					<input type="hidden" name="version" value={progressReturn.version} />
					{/* The reason shows once the box is ticked; without JavaScript it always shows, as GOV.UK's does. */}
					<Checkboxes
						key={nilKey}
						{...nil}
						items={[
							{
								value: 'yes',
								text: 'Nothing to report for this period (a nil return)',
								conditional: {
									children: (
										<Textarea
											key={nilReasonKey}
											{...nilReason}
											label={{ text: 'Why there is nothing to report', classes: 'govuk-label--s' }}
											hint={{ text: 'For example, work on site has not started yet' }}
											rows={2}
										/>
									),
								},
							},
						]}
					/>
					<Button text="Save" classes="govuk-button--secondary" />
				</Form>
			) : progressReturn.nil ? (
				<InsetText>Nil return: {progressReturn.nilReason}</InsetText>
			) : null}
			{progressReturn.nil ? null : (
				<>
					<p className="govuk-body">
						You have completed {done} of {countOf(commitments.length, 'commitment')}.
					</p>
					<TaskList idPrefix="commitment" items={returnTaskItems(progressReturn.id, commitments, editable)} />
				</>
			)}
			{editable ? (
				periodEnded ? (
					<Button href={href('/returns/:returnId/check', { returnId })} text="Check your answers and submit" />
				) : (
					<InsetText>
						You can save your answers now and submit the return once the period ends on{' '}
						{formatCalendarDate(period.endDate)}.
					</InsetText>
				)
			) : (
				<p className="govuk-body">
					<a className="govuk-link" href={href('/returns/:returnId/check', { returnId })}>
						See everything in this return
					</a>
				</p>
			)}
			<HistoryTable rows={history} />
		</>
	)
}
