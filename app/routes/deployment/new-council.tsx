import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { NewCouncilSchema } from '#app/domain/councils/new-council-form.ts'
import { requireDeploymentRole } from '#app/lib/auth.server.ts'
import { addCouncil } from '#app/lib/deployment.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Fieldset } from '#app/components/govuk/fieldset.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/new-council.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireDeploymentRole(request, ['administrator'])
	return null
}

export async function action({ request, context }: Route.ActionArgs) {
	const actor = requireDeploymentRole(request, ['administrator'])
	const formData = await readFormData(request)
	const submission = parseWithZod(formData, { schema: NewCouncilSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const outcome = addCouncil(actor, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!outcome.ok) {
		return data(
			{
				result: submission.reply(
					outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] },
				),
			},
			{ status: 400 },
		)
	}
	return redirect(withNotice(href('/deployment'), 'council-added'))
}

export default function NewCouncil({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'new-council',
		lastResult: actionData?.result,
		constraint: getZodConstraint(NewCouncilSchema),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: NewCouncilSchema }),
	})
	const errors = collectErrors(
		[fields.name, fields.shortName, fields.slug, fields.host, fields.adminName, fields.adminEmail],
		form.errors,
		fields.name.id,
	)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: shortNameKey, ...shortName } = inputFieldProps(fields.shortName)
	const { key: slugKey, ...slug } = inputFieldProps(fields.slug)
	const { key: hostKey, ...host } = inputFieldProps(fields.host)
	const { key: adminNameKey, ...adminName } = inputFieldProps(fields.adminName)
	const { key: adminEmailKey, ...adminEmail } = inputFieldProps(fields.adminEmail, 'email')
	return (
		<>
			<BackLink href={href('/deployment')} text="Back to councils" />
			<div className="govuk-grid-row">
				<DocumentTitle title="Add a council" hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Add a council</h1>
					<p className="govuk-body">
						The council starts with the standard units and no TOMs. Its first administrator publishes its TOMs, sets its
						financial year and invites its staff.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<Fieldset legend={{ text: 'The council', classes: 'govuk-fieldset__legend--m' }}>
							<Input
								label={{ text: 'Name' }}
								hint={{ text: 'As it appears on every page, like Northshire District Council' }}
								key={nameKey}
								{...name}
								autocomplete="organization"
								spellcheck={false}
							/>
							<Input
								label={{ text: 'Short name' }}
								hint={{ text: 'The name people use, like Northshire' }}
								key={shortNameKey}
								{...shortName}
								classes="govuk-!-width-one-half"
								spellcheck={false}
							/>
							<Input
								label={{ text: 'Short address' }}
								hint={{
									text: 'Its public pages on the shared address start /c/ and this, like northshire. Lowercase letters, numbers and hyphens.',
								}}
								key={slugKey}
								{...slug}
								classes="govuk-!-width-one-half"
								autocomplete="off"
								spellcheck={false}
							/>
							<Input
								label={{ text: 'Host name (optional)' }}
								hint={{
									text: 'If the council has an address of its own that points to this portal, like socialvalue.northshire.gov.uk',
								}}
								key={hostKey}
								{...host}
								autocomplete="off"
								spellcheck={false}
							/>
						</Fieldset>
						<Fieldset legend={{ text: 'Its first administrator', classes: 'govuk-fieldset__legend--m' }}>
							<p className="govuk-body">
								We will email them a link to set their password. The link works once and expires in 7 days.
							</p>
							<Input
								label={{ text: 'Full name' }}
								key={adminNameKey}
								{...adminName}
								autocomplete="off"
								spellcheck={false}
							/>
							<Input
								label={{ text: 'Email address' }}
								key={adminEmailKey}
								{...adminEmail}
								autocomplete="off"
								spellcheck={false}
							/>
						</Fieldset>
						<Button text="Add council and send invitation" />
					</Form>
				</div>
			</div>
		</>
	)
}
