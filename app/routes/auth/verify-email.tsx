import { Form, data, redirect, useActionData } from 'react-router'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import { findValidToken } from '#app/lib/one-time-tokens.server.ts'
import { readSessionToken, sessionCookie } from '#app/lib/session.server.ts'
import { confirmEmail } from '#app/lib/supplier-registration.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { LinkNotValid } from '#app/components/set-password-page.tsx'
import type { Route } from './+types/verify-email.ts'

// Opening the link only shows a button: mail scanners that fetch links must not use them up.
export function loader({ request }: Route.LoaderArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	const valid = findValidToken(db, token, 'email_verification', Date.now())
	const user = valid
		? db.select({ email: users.email, status: users.status }).from(users).where(eq(users.id, valid.userId)).get()
		: undefined
	if (!valid || user?.status !== 'unverified') return { valid: false as const }
	return { valid: true as const, token, email: user.email }
}

export async function action({ request, context }: Route.ActionArgs) {
	const formData = await readFormData(request)
	const result = confirmEmail(
		String(formData.get('token') ?? ''),
		{ ip: context.clientIp, now: Date.now() },
		readSessionToken(request),
	)
	if (!result) return data({ invalid: true }, { status: 400 })
	return redirect('/organisation?notice=email-confirmed', {
		headers: { 'Set-Cookie': sessionCookie(result.token, result.session) },
	})
}

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
	const actionData = useActionData<typeof action>()
	if (!loaderData.valid || actionData?.invalid) {
		return (
			<LinkNotValid
				what="confirmation"
				again={{ href: '/verify-email/resend', text: 'Ask for a new confirmation link' }}
			/>
		)
	}
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Confirm your email address" />
			<div className="govuk-grid-column-two-thirds">
				<h1 className="govuk-heading-l">Confirm your email address</h1>
				<p className="govuk-body">
					Confirm that <strong>{loaderData.email}</strong> is your email address to finish setting up your account.
				</p>
				<Form method="post">
					<input type="hidden" name="token" value={loaderData.token} />
					<Button text="Confirm and continue" />
				</Form>
			</div>
		</div>
	)
}
