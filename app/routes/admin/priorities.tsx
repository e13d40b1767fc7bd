import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { savePriority } from '#app/lib/council-priorities.server.ts'
import { listPriorities } from '#app/lib/toms-queries.server.ts'
import { invalidFormReply } from '#app/lib/form-reply.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { referenceCodeSchema } from '#app/domain/form-fields.ts'
import { FormErrorSummary, collectErrors, firstError } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/priorities.ts'

const PrioritySchema = z.object({
	id: z.coerce.number().int().min(1).optional(),
	code: referenceCodeSchema(),
	name: z
		.string({ error: 'Enter the priority' })
		.trim()
		.min(1, 'Enter the priority')
		.max(200, 'Priority must be 200 characters or fewer'),
	description: z.string().trim().max(1000, 'Description must be 1000 characters or fewer').default(''),
})

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const priorities = listPriorities()
	const editId = Number(new URL(request.url).searchParams.get('edit'))
	return { priorities, editing: priorities.find((priority) => priority.id === editId) ?? null }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: PrioritySchema })
	if (submission.status !== 'success') return data({ result: invalidFormReply(submission, ['id']) }, { status: 400 })
	const { id, ...rest } = submission.value
	const result = savePriority(admin, { id: id ?? null, ...rest }, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) {
		const reply = result.field
			? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
			: submission.reply({ formErrors: [result.message] })
		return data({ result: reply }, { status: 400 })
	}
	return redirect('/admin/priorities?notice=priority-saved')
}

export default function Priorities({ loaderData }: Route.ComponentProps) {
	const { priorities, editing } = loaderData
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'priority',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: PrioritySchema }),
		defaultValue: editing ? { code: editing.code, name: editing.name, description: editing.description } : undefined,
	})
	const errors = collectErrors([fields.code, fields.name, fields.description], form.errors, fields.code.id)
	return (
		<>
			<BackLink href="/admin/toms" text="Back to TOMs editions" />
			<DocumentTitle title="Council priorities" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Council priorities</h1>
			<p className="govuk-body">
				The outcomes of the council&apos;s corporate plan. Linking measures to them shows how each commitment serves the
				plan.
			</p>
			<table className="govuk-table">
				<caption className="govuk-table__caption govuk-visually-hidden">Council priorities</caption>
				<thead className="govuk-table__head">
					<tr className="govuk-table__row">
						<th scope="col" className="govuk-table__header">
							Code
						</th>
						<th scope="col" className="govuk-table__header">
							Priority
						</th>
						<th scope="col" className="govuk-table__header">
							<span className="govuk-visually-hidden">Actions</span>
						</th>
					</tr>
				</thead>
				<tbody className="govuk-table__body">
					{priorities.length === 0 ? (
						<tr className="govuk-table__row">
							<td className="govuk-table__cell" colSpan={3}>
								No priorities yet.
							</td>
						</tr>
					) : null}
					{priorities.map((priority) => (
						<tr className="govuk-table__row" key={priority.id}>
							<td className="govuk-table__cell">{priority.code}</td>
							<td className="govuk-table__cell">
								{priority.name}
								{priority.description ? (
									<div className="govuk-hint govuk-!-margin-bottom-0">{priority.description}</div>
								) : null}
							</td>
							<td className="govuk-table__cell">
								<a className="govuk-link" href={`/admin/priorities?edit=${priority.id}#priority`}>
									Change<span className="govuk-visually-hidden"> {priority.name}</span>
								</a>
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">{editing ? `Change ${editing.code}` : 'Add a priority'}</h2>
					<Form method="post" {...getFormProps(form)}>
						{editing ? <input type="hidden" name="id" value={editing.id} /> : null}
						<Input
							label={{ text: 'Code', classes: 'govuk-label--s' }}
							hint={{ text: 'Short and unique, for example CP6. Spreadsheets use it to link measures.' }}
							{...getInputProps(fields.code, { type: 'text' })}
							key={fields.code.key}
							value={fields.code.initialValue}
							classes="govuk-input--width-10"
							spellcheck={false}
							errorMessage={firstError(fields.code)}
						/>
						<Input
							label={{ text: 'Priority', classes: 'govuk-label--s' }}
							{...getInputProps(fields.name, { type: 'text' })}
							key={fields.name.key}
							value={fields.name.initialValue}
							errorMessage={firstError(fields.name)}
						/>
						<Textarea
							label={{ text: 'Description (optional)', classes: 'govuk-label--s' }}
							{...getTextareaProps(fields.description)}
							key={fields.description.key}
							value={fields.description.initialValue}
							rows={3}
							errorMessage={firstError(fields.description)}
						/>
						<Button text={editing ? 'Save priority' : 'Add priority'} />
					</Form>
				</div>
			</div>
		</>
	)
}
