import { LinkNotValid, SetPasswordForm } from '#app/components/set-password-page.tsx'
import { loadSetPasswordPage, submitSetPassword } from '#app/routes/auth/set-password-route.server.ts'
import type { Route } from './+types/accept-invitation.ts'

export function loader({ request }: Route.LoaderArgs) {
	return loadSetPasswordPage(request, 'invitation')
}

export function action({ request, context }: Route.ActionArgs) {
	return submitSetPassword(request, context, 'invitation')
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
	if (!loaderData.valid || actionData?.linkInvalid) {
		return <LinkNotValid what="invitation" again={null} />
	}
	return (
		<SetPasswordForm
			loaderData={loaderData}
			actionData={actionData}
			formId="accept-invitation"
			title="Set up your account"
			intro={`Welcome, ${loaderData.name}. Choose a password to finish setting up your account.`}
			submitText="Create account"
		/>
	)
}
