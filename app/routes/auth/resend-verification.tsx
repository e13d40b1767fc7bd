import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href } from 'react-router'
import { z } from 'zod'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { resendVerification } from '#app/lib/supplier-registration.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { CheckYourEmail } from '#app/components/check-your-email.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import type { Route } from './+types/resend-verification.ts'

const ResendSchema = z.object({ email: emailAddressSchema('Enter your email address') })

export async function action({ request, context }: Route.ActionArgs) {
	const submission = parseWithZod(await readFormData(request), { schema: ResendSchema })
	if (submission.status !== 'success') return data({ result: submission.reply(), sentTo: null }, { status: 400 })
	resendVerification(submission.value.email, { ip: context.clientIp, now: Date.now() })
	return data({ result: submission.reply({ resetForm: true }), sentTo: submission.value.email })
}

export default function ResendVerification({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'resend-verification',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ResendSchema }),
	})
	if (actionData?.sentTo) {
		return (
			<CheckYourEmail again={{ href: href('/verify-email/resend'), text: 'ask again' }}>
				<p className="govuk-body">
					If <strong>{actionData.sentTo}</strong> belongs to an account that still needs confirming, we have sent it a
					new link. Earlier links no longer work.
				</p>
			</CheckYourEmail>
		)
	}
	const errors = collectErrors([fields.email], form.errors, fields.email.id)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Get a new confirmation link" hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				<FormErrorSummary errors={errors} />
				<h1 className="govuk-heading-l">Get a new confirmation link</h1>
				<Form method="post" {...getFormProps(form)}>
					<Input label={{ text: 'Email address' }} key={emailKey} {...email} autocomplete="email" spellcheck={false} />
					<Button text="Send link" />
				</Form>
			</div>
		</div>
	)
}
