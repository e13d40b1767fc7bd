import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { createEdition } from '#app/lib/toms-editions.server.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps, radiosFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { withNotice } from '#app/components/notices.ts'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/new-edition.ts'

const NewEditionSchema = z.object({
	name: z
		.string({ error: 'Enter a name for the edition' })
		.trim()
		.min(1, 'Enter a name for the edition')
		.max(60, 'Name must be 60 characters or fewer'),
	description: z.string().trim().max(2000, 'Description must be 2000 characters or fewer').default(''),
	startFrom: z
		.string({ error: 'Select how to start the edition' })
		.regex(/^(blank|\d{1,9})$/, 'Select how to start the edition'),
})

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	return { editions: listEditions(admin.organisationId) }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: NewEditionSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const { name, description, startFrom } = submission.value
	const outcome = createEdition(
		admin,
		{ name, description, copyFromId: startFrom === 'blank' ? null : Number(startFrom) },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!outcome.ok) {
		const field = outcome.field === 'copyFromId' ? 'startFrom' : (outcome.field ?? 'name')
		return data({ result: submission.reply({ fieldErrors: { [field]: [outcome.message] } }) }, { status: 400 })
	}
	return redirect(
		withNotice(href('/admin/toms/:editionId', { editionId: String(outcome.editionId) }), 'edition-created'),
	)
}

export default function NewEdition({ loaderData, actionData }: Route.ComponentProps) {
	const current = loaderData.editions.find((edition) => edition.isCurrent)
	const [form, fields] = useForm({
		id: 'new-edition',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: NewEditionSchema }),
		defaultValue: { startFrom: current ? String(current.id) : 'blank' },
	})
	const errors = collectErrors([fields.name, fields.description, fields.startFrom], form.errors, fields.name.id)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: descriptionKey, ...description } = textareaFieldProps(fields.description)
	const { key: startFromKey, ...startFrom } = radiosFieldProps(fields.startFrom)
	return (
		<>
			<BackLink href={href('/admin/toms')} text="Back to editions" />
			<div className="govuk-grid-row">
				<DocumentTitle title="Create an edition" hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Create an edition</h1>
					<Form method="post" {...getFormProps(form)}>
						<Input
							key={nameKey}
							label={{ text: 'Name', classes: 'govuk-label--s' }}
							hint={{ text: 'For example, 2027/28' }}
							{...name}
							classes="govuk-input--width-20"
						/>
						<Textarea
							key={descriptionKey}
							label={{ text: 'Description (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'Shown to everyone above the measures, for example what changed from last year' }}
							{...description}
							rows={3}
						/>
						<Radios
							key={startFromKey}
							{...startFrom}
							fieldset={{ legend: { text: 'Start from', classes: 'govuk-fieldset__legend--s' } }}
							items={[
								...loaderData.editions.map((edition) => ({
									value: String(edition.id),
									text: `A copy of ${edition.name}`,
									hint: {
										text: `${countOf(edition.measureCount, 'measure')}${edition.isCurrent ? ', the current edition' : ''}`,
									},
								})),
								{
									value: 'blank',
									text: 'An empty edition',
									hint: { text: 'Add themes, outcomes and measures by hand or import a spreadsheet' },
								},
							]}
						/>
						<Button text="Create edition" />
					</Form>
				</div>
			</div>
		</>
	)
}
