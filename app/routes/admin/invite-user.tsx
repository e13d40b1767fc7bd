import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { councilRoles, roleLabels } from '#app/domain/roles.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { inviteCouncilUser } from '#app/lib/user-admin.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { inputFieldProps, radiosFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/invite-user.ts'

const InviteSchema = z.object({
	name: z
		.string({ error: 'Enter their full name' })
		.trim()
		.min(1, 'Enter their full name')
		.max(100, 'Full name must be 100 characters or fewer'),
	email: emailAddressSchema('Enter their email address'),
	role: z.enum(councilRoles, { error: 'Select a role' }),
})

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	return null
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const formData = await readFormData(request)
	const submission = parseWithZod(formData, { schema: InviteSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const outcome = inviteCouncilUser(admin, submission.value, { ip: context.clientIp, now: Date.now() })
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
	return redirect(withNotice(href('/admin/users/:userId', { userId: String(outcome.userId) }), 'invited'))
}

export default function InviteUser({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'invite-user',
		lastResult: actionData?.result,
		constraint: getZodConstraint(InviteSchema),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
	})
	const errors = collectErrors([fields.name, fields.email, fields.role], form.errors, fields.name.id)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	const { key: roleKey, ...role } = radiosFieldProps(fields.role)
	return (
		<>
			<BackLink href={href('/admin/users')} text="Back to users" />
			<div className="govuk-grid-row">
				<DocumentTitle title="Invite council staff" hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Invite council staff</h1>
					<p className="govuk-body">
						We will email them a link to set their password. The link works once and expires in 7 days.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<Input label={{ text: 'Full name' }} key={nameKey} {...name} autocomplete="off" spellcheck={false} />
						<Input label={{ text: 'Email address' }} key={emailKey} {...email} autocomplete="off" spellcheck={false} />
						<Radios
							key={roleKey}
							{...role}
							fieldset={{ legend: { text: 'Role', classes: 'govuk-fieldset__legend--m' } }}
							items={[
								{
									value: 'contract_manager',
									text: roleLabels.contract_manager,
									hint: { text: 'Sets up tenders, reviews matrices and progress returns for their contracts' },
								},
								{
									value: 'admin',
									text: roleLabels.admin,
									hint: { text: 'Manages the TOMs, users and settings, and sees everything' },
								},
							]}
						/>
						<Button text="Send invitation" />
					</Form>
				</div>
			</div>
		</>
	)
}
