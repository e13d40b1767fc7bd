import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { AreaActionsFormSchema } from '#app/domain/maturity/actions-form.ts'
import { isMaturityArea, maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import { actionStatusLabels, actionStatuses } from '#app/domain/maturity/plan.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { loadAssessment, saveAreaActions } from '#app/lib/maturity.server.ts'
import { findPlanArea } from '#app/lib/maturity-plan.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateFieldProps, dateSummaryField, inputFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Fieldset } from '#app/components/govuk/fieldset.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/plan-area.ts'

function areaFromParams(params: { assessmentId: string; area: string }) {
	const assessmentId = parseId(params.assessmentId)
	if (!isMaturityArea(params.area)) throw new Response('Not found', { status: 404 })
	return { assessmentId, area: params.area }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const { assessmentId, area } = areaFromParams(params)
	const found = findPlanArea(admin.organisationId, assessmentId, area)
	if (!found?.area || found.area.progress.total === 0) throw new Response('Not found', { status: 404 })
	return found
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const { assessmentId, area } = areaFromParams(params)
	// Another council's assessment is not found, before any form is read.
	if (!loadAssessment(admin.organisationId, assessmentId)) throw new Response('Not found', { status: 404 })
	const submission = parseWithZod(await readFormData(request), { schema: AreaActionsFormSchema })
	if (submission.status !== 'success') {
		// The keys and versions are the page's own: when they are wrong the page is out of date.
		const unseen = Object.keys(submission.error ?? {}).filter(
			(name) => name === 'actions' || /\.(key|version)$/.test(name),
		)
		return data({ result: invalidFormReply(submission, unseen) }, { status: 400 })
	}
	const result = saveAreaActions(
		admin,
		{ assessmentId, area, actions: submission.value.actions },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) {
		if (result.status === 404) throw new Response('Not found', { status: 404 })
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	}
	return redirect(
		withNotice(href('/admin/maturity/:assessmentId/plan', { assessmentId: String(assessmentId) }), 'actions-saved', {
			hash: area,
		}),
	)
}

export default function MaturityPlanArea({ loaderData, actionData }: Route.ComponentProps) {
	const { assessment, area } = loaderData
	const actions = area!.steps.flatMap((step) => step.actions.map((action) => ({ ...action, level: step.level })))
	const [form, fields] = useForm({
		id: 'area-actions',
		lastResult: actionData?.result,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: AreaActionsFormSchema }),
		defaultValue: {
			actions: actions.map((a) => ({
				key: a.key,
				version: String(a.version),
				owner: a.owner,
				dueDate: datePartsOf(a.dueDate),
				status: a.status,
			})),
		},
	})
	const rows = fields.actions.getFieldList()
	const errors = collectErrors(
		rows.flatMap((row, index) => {
			const f = row.getFieldset()
			return [f.owner, dateSummaryField(f.dueDate), f.status].map((field) => ({
				id: field.id,
				errors: field.errors?.map((message) => `Action ${index + 1}: ${message}`),
			}))
		}),
		form.errors,
		form.id,
	)
	return (
		<>
			<BackLink
				href={`${href('/admin/maturity/:assessmentId/plan', { assessmentId: String(assessment.id) })}#${area!.area}`}
				text="Back to the action plan"
			/>
			<DocumentTitle title={`${area!.name}: actions`} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">{assessment.title}</span>
			<h1 className="govuk-heading-l">{area!.name}</h1>
			<p className="govuk-body">
				From {maturityLevelLabels[area!.present].toLowerCase()} to {maturityLevelLabels[area!.target].toLowerCase()}.
				Give each action an owner, a due date and its status.
			</p>
			<Form method="post" {...getFormProps(form)} noValidate>
				{rows.map((row, index) => {
					const f = row.getFieldset()
					const action = actions[index]!
					const { key: ownerKey, ...owner } = inputFieldProps(f.owner)
					const { key: dueDateKey, ...dueDate } = dateFieldProps(f.dueDate)
					const { key: statusKey, ...status } = selectFieldProps(f.status)
					return (
						<Fieldset
							key={row.key}
							classes="app-maturity-action"
							describedBy={`${f.key.id}-text`}
							legend={{
								text: `Action ${index + 1}, to reach ${maturityLevelLabels[action.level].toLowerCase()}`,
								classes: 'govuk-fieldset__legend--s',
							}}
						>
							<p className="govuk-body" id={`${f.key.id}-text`}>
								{action.text}
							</p>
							<input type="hidden" name={f.key.name} value={action.key} />
							<input type="hidden" name={f.version.name} value={action.version} />
							<Input key={ownerKey} label={{ text: 'Owner' }} {...owner} classes="govuk-!-width-two-thirds" />
							<DateInput
								key={dueDateKey}
								fieldset={{ legend: { text: 'Due date' } }}
								hint={{ text: 'For example, 31 3 2027' }}
								{...dueDate}
							/>
							<Select
								key={statusKey}
								label={{ text: 'Status' }}
								{...status}
								items={actionStatuses.map((value) => ({ value, text: actionStatusLabels[value] }))}
							/>
						</Fieldset>
					)
				})}
				<Button text="Save actions" />
			</Form>
		</>
	)
}
