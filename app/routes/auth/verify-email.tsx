import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { userForToken } from '#app/lib/password-change.server.ts'
import { readSessionToken, sessionCookie } from '#app/lib/session.server.ts'
import { confirmEmail } from '#app/lib/supplier-registration.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { withNotice } from '#app/components/notices.ts'
import { LinkNotValid } from '#app/components/set-password-page.tsx'
import type { Route } from './+types/verify-email.ts'

const ConfirmSchema = z.object({ token: z.string() })

// Opening the link only shows a button: mail scanners that fetch links must not use them up.
export function loader({ request }: Route.LoaderArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	const user = userForToken(token, 'email_verification', Date.now())
	if (!user) return { valid: false as const }
	return { valid: true as const, token, email: user.email }
}

export async function action({ request, context }: Route.ActionArgs) {
	const submission = parseWithZod(await readFormData(request), { schema: ConfirmSchema })
	const confirmed =
		submission.status === 'success'
			? confirmEmail(submission.value.token, { ip: context.clientIp, now: Date.now() }, readSessionToken(request))
			: null
	// A link used up, expired or tampered with gets the same page: ask for a new one.
	if (!confirmed) return data({ linkInvalid: true }, { status: 400 })
	return redirect(withNotice(href('/organisation'), 'email-confirmed'), {
		headers: { 'Set-Cookie': sessionCookie(confirmed.token, confirmed.session) },
	})
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
	if (!loaderData.valid || actionData?.linkInvalid) {
		return (
			<LinkNotValid
				what="confirmation"
				again={{ href: href('/verify-email/resend'), text: 'Ask for a new confirmation link' }}
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
