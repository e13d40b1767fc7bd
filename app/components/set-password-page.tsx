import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { SubmissionResult } from '@conform-to/react'
import { Form } from 'react-router'
import { DocumentTitle } from './document-title.tsx'
import { FormErrorSummary, collectErrors } from './form-error-summary.tsx'
import { Button } from './govuk/button.tsx'
import { SummaryList, type SummaryListRow } from './govuk/summary-list.tsx'
import { NewPasswordFields, newPasswordSchema } from './new-password-fields.tsx'

type LoaderData = { valid: false } | { valid: true; token: string; email: string; name: string }
type ActionData = { result: SubmissionResult<string[]> | null; linkInvalid: boolean } | undefined

export function LinkNotValid({ what, again }: { what: string; again: { href: string; text: string } | null }) {
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="This link has expired or has already been used" />
			<div className="govuk-grid-column-two-thirds">
				<h1 className="govuk-heading-l">This link has expired or has already been used</h1>
				<p className="govuk-body">Each {what} link works once, for a limited time.</p>
				{again ? (
					<p className="govuk-body">
						<a href={again.href} className="govuk-link">
							{again.text}
						</a>
					</p>
				) : (
					<p className="govuk-body">Ask the council&apos;s social value team to send you a new invitation.</p>
				)}
			</div>
		</div>
	)
}

/** Whose account the link is for, shown above the new password. */
export function linkAccountRows(email: string): SummaryListRow[] {
	return [{ key: { text: 'Email address' }, value: { text: email } }]
}

/** The form behind a password reset or invitation link. */
export function SetPasswordForm({
	loaderData,
	actionData,
	formId,
	title,
	intro,
	submitText,
}: {
	loaderData: Extract<LoaderData, { valid: true }>
	actionData: ActionData
	formId: string
	title: string
	intro: string
	submitText: string
}) {
	const schema = newPasswordSchema({ email: loaderData.email })
	const [form, fields] = useForm({
		id: formId,
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
	})
	const errors = collectErrors([fields.password, fields.confirmPassword], form.errors, fields.password.id)
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				<FormErrorSummary errors={errors} />
				<h1 className="govuk-heading-l">{title}</h1>
				<p className="govuk-body">{intro}</p>
				<SummaryList classes="govuk-summary-list--no-border" rows={linkAccountRows(loaderData.email)} />
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="token" value={loaderData.token} />
					{/* Lets password managers store the new password against the right account. */}
					<input type="hidden" name="username" autoComplete="username" value={loaderData.email} />
					<NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
					<Button text={submitText} />
				</Form>
			</div>
		</div>
	)
}
