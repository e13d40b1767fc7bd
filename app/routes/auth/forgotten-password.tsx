import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href } from 'react-router'
import { z } from 'zod'
import { CheckYourEmail } from '#app/components/check-your-email.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { requestPasswordReset } from '#app/lib/password-reset.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import type { Route } from './+types/forgotten-password.ts'

const ForgottenPasswordSchema = z.object({
	email: emailAddressSchema('Enter your email address'),
})

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await readFormData(request)
	const submission = parseWithZod(formData, { schema: ForgottenPasswordSchema })
	if (submission.status !== 'success') {
		return data({ result: submission.reply(), sentTo: null }, { status: 400 })
	}
	requestPasswordReset({ email: submission.value.email, ip: context.clientIp, now: Date.now() })
	// The same answer whether or not there is an account, so this page cannot be used to
	// find out who has one.
	return data({ result: submission.reply({ resetForm: true }), sentTo: submission.value.email })
}

export default function ForgottenPassword({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'forgotten-password',
		lastResult: actionData?.result,
		constraint: getZodConstraint(ForgottenPasswordSchema),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgottenPasswordSchema }),
	})
	if (actionData?.sentTo) {
		return (
			<CheckYourEmail again={{ href: href('/forgotten-password'), text: 'ask for another link' }}>
				<p className="govuk-body">
					If there is an account for <strong>{actionData.sentTo}</strong>, we have sent it a link to reset the password.
				</p>
				<p className="govuk-body">The link works once and expires in 1 hour.</p>
			</CheckYourEmail>
		)
	}
	const errors = collectErrors([fields.email], form.errors, fields.email.id)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Reset your password" hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				<FormErrorSummary errors={errors} />
				<h1 className="govuk-heading-l">Reset your password</h1>
				<p className="govuk-body">
					Enter the email address you use to sign in. We will email you a link to choose a new password.
				</p>
				<Form method="post" {...getFormProps(form)}>
					<Input label={{ text: 'Email address' }} key={emailKey} {...email} autocomplete="email" spellcheck={false} />
					<Button text="Send reset link" />
				</Form>
			</div>
		</div>
	)
}
