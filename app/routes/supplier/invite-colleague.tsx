import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { inviteColleague, requireOrgAdmin } from '#app/lib/supplier-organisation.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/invite-colleague.ts'

const InviteSchema = z.object({
	name: z
		.string({ error: 'Enter their full name' })
		.trim()
		.min(1, 'Enter their full name')
		.max(100, 'Full name must be 100 characters or fewer'),
	email: emailAddressSchema('Enter their email address'),
})

export function loader({ request }: Route.LoaderArgs) {
	requireOrgAdmin(requireRole(request, ['supplier']))
	return null
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['supplier'])
	requireOrgAdmin(user)
	const submission = parseWithZod(await readFormData(request), { schema: InviteSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const result = inviteColleague(user, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!result.ok)
		return data(
			{ result: submission.reply({ fieldErrors: { [result.field ?? 'email']: [result.message] } }) },
			{ status: 400 },
		)
	return redirect(withNotice(href('/organisation'), 'colleague-invited'))
}

export default function InviteColleague({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'invite-colleague',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
	})
	const errors = collectErrors([fields.name, fields.email], form.errors, fields.name.id)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	return (
		<>
			<BackLink href={href('/organisation')} text="Back to your organisation" />
			<div className="govuk-grid-row">
				<DocumentTitle title="Invite a colleague" hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Invite a colleague</h1>
					<p className="govuk-body">
						We will email them a link to join your organisation. It works once and expires in 7 days.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<Input key={nameKey} {...name} label={{ text: 'Full name' }} spellcheck={false} />
						<Input key={emailKey} {...email} label={{ text: 'Email address' }} spellcheck={false} />
						<Button text="Send invitation" />
					</Form>
				</div>
			</div>
		</>
	)
}
