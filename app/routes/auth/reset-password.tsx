import { href } from 'react-router'
import { LinkNotValid, SetPasswordForm } from '#app/components/set-password-page.tsx'
import { loadSetPasswordPage, submitSetPassword } from '#app/routes/auth/set-password-route.server.ts'
import type { Route } from './+types/reset-password.ts'

export function loader({ request }: Route.LoaderArgs) {
	return loadSetPasswordPage(request, 'password_reset')
}

export function action({ request, context }: Route.ActionArgs) {
	return submitSetPassword(request, context, 'password_reset')
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
	if (!loaderData.valid || actionData?.linkInvalid) {
		return (
			<LinkNotValid what="password reset" again={{ href: href('/forgotten-password'), text: 'Ask for a new link' }} />
		)
	}
	return (
		<SetPasswordForm
			loaderData={loaderData}
			actionData={actionData}
			formId="reset-password"
			title="Choose a new password"
			intro={`Choose a new password for your account, ${loaderData.name}. You will be signed out everywhere else.`}
			submitText="Change password"
		/>
	)
}
