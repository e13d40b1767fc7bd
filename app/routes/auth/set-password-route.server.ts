import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type AppLoadContext } from 'react-router'
import { z } from 'zod'
import { newPasswordSchema } from '#app/components/new-password-fields.tsx'
import { homePathFor } from '#app/domain/roles.ts'
import { withNotice } from '#app/components/notices.ts'
import { setPasswordWithToken, userForToken } from '#app/lib/password-change.server.ts'
import { readSessionToken, sessionCookie } from '#app/lib/session.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'

type Purpose = 'password_reset' | 'invitation'

/** The link's code, read first: the password rules need to know whose account it is. */
const LinkSchema = z.object({ token: z.string() })

/** Loader for the pages reached from a reset or invitation link. */
export function loadSetPasswordPage(request: Request, purpose: Purpose) {
	const token = new URL(request.url).searchParams.get('token')
	const user = userForToken(token, purpose, Date.now())
	if (!token || !user) return { valid: false as const }
	return { valid: true as const, token, email: user.email, name: user.name }
}

/** Action for the same pages: checks the new password, then sets it and signs the person in. */
export async function submitSetPassword(request: Request, context: AppLoadContext, purpose: Purpose) {
	const formData = await readFormData(request)
	const now = Date.now()
	const link = parseWithZod(formData, { schema: LinkSchema })
	const user = link.status === 'success' ? userForToken(link.value.token, purpose, now) : null
	if (!user) return data({ result: null, linkInvalid: true }, { status: 400 })

	const submission = parseWithZod(formData, { schema: newPasswordSchema({ email: user.email }) })
	if (submission.status !== 'success') {
		return data(
			{ result: submission.reply({ hideFields: ['password', 'confirmPassword'] }), linkInvalid: false },
			{ status: 400 },
		)
	}
	const outcome = await setPasswordWithToken({
		token: submission.value.token,
		purpose,
		password: submission.value.password,
		ip: context.clientIp,
		now,
		heldSessionToken: readSessionToken(request),
	})
	if (!outcome) return data({ result: null, linkInvalid: true }, { status: 400 })
	const notice = purpose === 'invitation' ? 'welcome' : 'password-changed'
	return redirect(withNotice(homePathFor(outcome.user.role), notice), {
		headers: { 'Set-Cookie': sessionCookie(outcome.token, outcome.session) },
	})
}
