import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href } from 'react-router'
import { RegistrationSchema, supplierTypeLabels } from '#app/domain/suppliers/registration.ts'
import { requireAnonymous } from '#app/lib/auth.server.ts'
import { registerSupplier } from '#app/lib/supplier-registration.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { CheckYourEmail } from '#app/components/check-your-email.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps, radiosFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { NewPasswordFields } from '#app/components/new-password-fields.tsx'
import type { Route } from './+types/register.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireAnonymous(request)
	return null
}

export async function action({ request, context }: Route.ActionArgs) {
	requireAnonymous(request)
	const submission = parseWithZod(await readFormData(request), { schema: RegistrationSchema })
	if (submission.status !== 'success') {
		return data(
			{ result: submission.reply({ hideFields: ['password', 'confirmPassword'] }), outcome: null, email: null },
			{ status: 400 },
		)
	}
	const outcome = await registerSupplier(submission.value, { ip: context.clientIp, now: Date.now() })
	return data({
		result: submission.reply({ resetForm: outcome === 'check-email' }),
		outcome,
		email: submission.value.email,
	})
}

export default function Register({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm({
		id: 'register',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: RegistrationSchema }),
	})
	if (actionData?.outcome === 'check-email') {
		return (
			<CheckYourEmail again={{ href: href('/verify-email/resend'), text: 'ask for a new link' }}>
				<p className="govuk-body">
					We have sent a link to <strong>{actionData.email}</strong>. Open it to confirm your email address and start
					using your account.
				</p>
				<p className="govuk-body">The link expires in 24 hours.</p>
			</CheckYourEmail>
		)
	}
	if (actionData?.outcome === 'organisation-exists') {
		return (
			<div className="govuk-grid-row">
				<DocumentTitle title="Your organisation is already registered" />
				<div className="govuk-grid-column-two-thirds">
					<h1 className="govuk-heading-l">Your organisation is already registered</h1>
					<p className="govuk-body">
						An organisation with this name or registration number already has an account. Ask the person who manages
						your organisation’s account to invite you: they can do it from their organisation page.
					</p>
					<p className="govuk-body">If you do not know who that is, contact the council’s social value team.</p>
					<p className="govuk-body">
						<a className="govuk-link" href={href('/register')}>
							Register a different organisation
						</a>
					</p>
				</div>
			</div>
		)
	}
	const errors = collectErrors(
		[
			fields.organisationName,
			fields.supplierType,
			fields.registrationNumber,
			fields.postcode,
			fields.name,
			fields.email,
			fields.password,
			fields.confirmPassword,
		],
		form.errors,
		fields.organisationName.id,
	)
	const { key: organisationNameKey, ...organisationName } = inputFieldProps(fields.organisationName)
	const { key: supplierTypeKey, ...supplierType } = radiosFieldProps(fields.supplierType)
	const { key: registrationNumberKey, ...registrationNumber } = inputFieldProps(fields.registrationNumber)
	const { key: postcodeKey, ...postcode } = inputFieldProps(fields.postcode)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Register your organisation" hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				<FormErrorSummary errors={errors} />
				<h1 className="govuk-heading-l">Register your organisation</h1>
				<p className="govuk-body">
					Register to bid for contracts and report the social value you deliver. It takes about 5 minutes. You can
					invite colleagues once you are in.
				</p>
				<Form method="post" {...getFormProps(form)}>
					<h2 className="govuk-heading-m">Your organisation</h2>
					<Input
						label={{ text: 'Organisation name', classes: 'govuk-label--s' }}
						key={organisationNameKey}
						autocomplete="organization"
						{...organisationName}
					/>
					<Radios
						key={supplierTypeKey}
						{...supplierType}
						fieldset={{ legend: { text: 'Type of organisation', classes: 'govuk-fieldset__legend--s' } }}
						items={Object.entries(supplierTypeLabels).map(([value, label]) => ({
							value,
							text: label.text,
							hint: { text: label.hint },
						}))}
					/>
					<Input
						label={{ text: 'Companies House or charity number (optional)', classes: 'govuk-label--s' }}
						hint={{ text: 'For example, 01234567, SC123456 or 1123456' }}
						classes="govuk-input--width-10"
						key={registrationNumberKey}
						spellcheck={false}
						{...registrationNumber}
					/>
					<Input
						label={{ text: 'Postcode', classes: 'govuk-label--s' }}
						classes="govuk-input--width-10"
						autocomplete="postal-code"
						key={postcodeKey}
						spellcheck={false}
						{...postcode}
					/>
					<h2 className="govuk-heading-m">You</h2>
					<Input
						label={{ text: 'Full name', classes: 'govuk-label--s' }}
						autocomplete="name"
						key={nameKey}
						spellcheck={false}
						{...name}
					/>
					<Input
						label={{ text: 'Email address', classes: 'govuk-label--s' }}
						hint={{ text: 'You will use this to sign in' }}
						key={emailKey}
						{...email}
						autocomplete="email"
						spellcheck={false}
					/>
					<NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
					<Button text="Register" />
				</Form>
			</div>
		</div>
	)
}
