import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { savePriority } from '#app/lib/council-priorities.server.ts'
import { listPriorities } from '#app/lib/toms-queries.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { referenceCodeSchema } from '#app/domain/form-fields.ts'
import { inputFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { prioritiesHead, prioritiesRows } from './priorities-table.tsx'
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
	const admin = requireRole(request, ['admin'])
	const priorities = listPriorities(admin.organisationId)
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
	return redirect(withNotice(href('/admin/priorities'), 'priority-saved'))
}

export default function Priorities({ loaderData, actionData }: Route.ComponentProps) {
	const { priorities, editing } = loaderData
	const [form, fields] = useForm({
		id: 'priority',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: PrioritySchema }),
		defaultValue: editing ? { code: editing.code, name: editing.name, description: editing.description } : undefined,
	})
	const errors = collectErrors([fields.code, fields.name, fields.description], form.errors, fields.code.id)
	const { key: codeKey, ...code } = inputFieldProps(fields.code)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: descriptionKey, ...description } = textareaFieldProps(fields.description)
	return (
		<>
			<BackLink href={href('/admin/toms')} text="Back to TOMs editions" />
			<DocumentTitle title="Council priorities" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Council priorities</h1>
			<p className="govuk-body">
				The outcomes of the council&apos;s corporate plan. Linking measures to them shows how each commitment serves the
				plan.
			</p>
			<Table
				caption="Council priorities"
				captionClasses="govuk-visually-hidden"
				head={prioritiesHead}
				rows={prioritiesRows(priorities)}
			/>
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">{editing ? `Change ${editing.code}` : 'Add a priority'}</h2>
					<Form method="post" {...getFormProps(form)}>
						{editing ? <input type="hidden" name="id" value={editing.id} /> : null}
						<Input
							label={{ text: 'Code', classes: 'govuk-label--s' }}
							hint={{ text: 'Short and unique, for example CP6. Spreadsheets use it to link measures.' }}
							key={codeKey}
							{...code}
							classes="govuk-input--width-10"
							spellcheck={false}
						/>
						<Input label={{ text: 'Priority', classes: 'govuk-label--s' }} key={nameKey} {...name} />
						<Textarea
							label={{ text: 'Description (optional)', classes: 'govuk-label--s' }}
							key={descriptionKey}
							{...description}
							rows={3}
						/>
						<Button text={editing ? 'Save priority' : 'Add priority'} />
					</Form>
				</div>
			</div>
		</>
	)
}
