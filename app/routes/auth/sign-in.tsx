import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect, useSearchParams } from 'react-router'
import { z } from 'zod'
import { homePathFor } from '#app/domain/roles.ts'
import { safeRedirectPath } from '#app/domain/safe-redirect.ts'
import { requireAnonymous } from '#app/lib/auth.server.ts'
import { clearedSessionCookie, endHeldSession, readSessionToken, sessionCookie } from '#app/lib/session.server.ts'
import { signIn } from '#app/lib/sign-in.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { PasswordInput } from '#app/components/govuk/password-input.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/sign-in.ts'

const SignInSchema = z.object({
	email: z
		.string({ error: 'Enter your email address' })
		.trim()
		.max(254, 'Email address must be 254 characters or fewer'),
	password: z.string({ error: 'Enter your password' }).max(1000, 'Password must be 1000 characters or fewer'),
	redirectTo: z.string().optional(),
})

export function loader({ request }: Route.LoaderArgs) {
	requireAnonymous(request)
	return null
}

/**
 * Sending this form signs out whoever the browser held, whether or not the sign-in succeeds:
 * on a shared computer, a sign-in form left open while someone else signed in must never let
 * the next person carry on as them.
 */
export async function action({ request, context }: Route.ActionArgs) {
	const heldToken = readSessionToken(request)
	endHeldSession(heldToken, { ip: context.clientIp, now: Date.now() })
	const signedOut = heldToken === null ? undefined : { 'Set-Cookie': clearedSessionCookie() }
	const formData = await readFormData(request)
	const submission = parseWithZod(formData, { schema: SignInSchema })
	if (submission.status !== 'success') {
		return data(
			{ result: submission.reply({ hideFields: ['password'] }), unverified: false },
			{ status: 400, headers: signedOut },
		)
	}
	const result = await signIn({ ...submission.value, ip: context.clientIp, now: Date.now() })
	if (!result.ok) {
		const message =
			result.reason === 'throttled'
				? `Too many failed attempts to sign in. Wait ${result.retryAfterMinutes} ${result.retryAfterMinutes === 1 ? 'minute' : 'minutes'} and try again, or reset your password`
				: result.reason === 'unverified'
					? 'Confirm your email address before signing in: open the link we emailed you, or ask for a new one below'
					: 'Enter a correct email address and password'
		return data(
			{
				result: submission.reply({ formErrors: [message], hideFields: ['password'] }),
				unverified: result.reason === 'unverified',
			},
			{ status: result.reason === 'throttled' ? 429 : 400, headers: signedOut },
		)
	}
	const destination = safeRedirectPath(submission.value.redirectTo, homePathFor(result.user.role))
	return redirect(destination, { headers: { 'Set-Cookie': sessionCookie(result.token, result.session) } })
}

export default function SignIn({ actionData }: Route.ComponentProps) {
	const [searchParams] = useSearchParams()
	const [form, fields] = useForm({
		id: 'sign-in',
		lastResult: actionData?.result,
		constraint: getZodConstraint(SignInSchema),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: SignInSchema }),
	})
	const errors = collectErrors([fields.email, fields.password], form.errors, fields.email.id)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	const { key: passwordKey, ...password } = inputFieldProps(fields.password, 'password')
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Sign in" hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				{errors.length === 0 ? <NoticeBanner /> : <FormErrorSummary errors={errors} />}
				<h1 className="govuk-heading-l">Sign in</h1>
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="redirectTo" value={searchParams.get('redirectTo') ?? ''} />
					<Input
						label={{ text: 'Email address' }}
						key={emailKey}
						{...email}
						autocomplete="email"
						spellcheck={false}
						// A refused sign-in is about the email and password together: it is shown at the first field.
						errorMessage={email.errorMessage ?? (form.errors?.[0] ? { text: form.errors[0] } : undefined)}
					/>
					<PasswordInput label={{ text: 'Password' }} key={passwordKey} {...password} autocomplete="current-password" />
					<Button text="Sign in" />
				</Form>
				{actionData?.unverified ? (
					<p className="govuk-body">
						<a href={href('/verify-email/resend')} className="govuk-link">
							Send me a new confirmation link
						</a>
					</p>
				) : null}
				<p className="govuk-body">
					<a href={href('/forgotten-password')} className="govuk-link">
						I have forgotten my password
					</a>
				</p>
				<h2 className="govuk-heading-m">New to the portal?</h2>
				<p className="govuk-body">
					Suppliers can{' '}
					<a href={href('/register')} className="govuk-link">
						register their organisation
					</a>
					. Council staff are invited by the social value team.
				</p>
			</div>
		</div>
	)
}
