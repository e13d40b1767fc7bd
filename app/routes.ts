import { type RouteConfig, index, prefix, route } from '@react-router/dev/routes'

export default [
	index('routes/public/home.tsx'),
	route('accessibility', 'routes/public/accessibility.tsx'),

	route('sign-in', 'routes/auth/sign-in.tsx'),
	route('sign-out', 'routes/auth/sign-out.tsx'),
	route('forgotten-password', 'routes/auth/forgotten-password.tsx'),
	route('reset-password', 'routes/auth/reset-password.tsx'),
	route('accept-invitation', 'routes/auth/accept-invitation.tsx'),

	route('account', 'routes/account/account.tsx'),

	...prefix('admin', [
		route('users', 'routes/admin/users.tsx'),
		route('users/invite', 'routes/admin/invite-user.tsx'),
		route('users/:userId', 'routes/admin/user.tsx'),
		route('sent-mail', 'routes/admin/sent-mail.tsx'),
		route('sent-mail/:mailId', 'routes/admin/sent-mail-message.tsx'),
	]),

	route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
