import { type RouteConfig, index, prefix, route } from '@react-router/dev/routes'

export default [
	index('routes/public/home.tsx'),
	route('accessibility', 'routes/public/accessibility.tsx'),
	route('toms', 'routes/public/toms.tsx'),
	route('toms/editions', 'routes/public/toms-editions.tsx'),
	route('toms/editions/:editionId', 'routes/public/toms-edition.tsx'),
	route('toms/editions/:editionId/measures/:code', 'routes/public/toms-measure.tsx'),
	route('toms/editions/:editionId/download/:format', 'routes/resources/toms-download.ts'),

	route('sign-in', 'routes/auth/sign-in.tsx'),
	route('sign-out', 'routes/auth/sign-out.tsx'),
	route('forgotten-password', 'routes/auth/forgotten-password.tsx'),
	route('reset-password', 'routes/auth/reset-password.tsx'),
	route('accept-invitation', 'routes/auth/accept-invitation.tsx'),
	route('register', 'routes/auth/register.tsx'),
	route('verify-email', 'routes/auth/verify-email.tsx'),
	route('verify-email/resend', 'routes/auth/resend-verification.tsx'),
	route('organisation', 'routes/supplier/organisation.tsx'),
	route('organisation/invite', 'routes/supplier/invite-colleague.tsx'),
	route('matrices/:matrixId', 'routes/supplier/matrix.tsx'),
	route('matrices/:matrixId/lines/:measureId', 'routes/supplier/matrix-line.tsx'),
	route('matrices/:matrixId/check', 'routes/supplier/matrix-check.tsx'),
	route('matrices/:matrixId/submitted', 'routes/supplier/matrix-submitted.tsx'),

	route('account', 'routes/account/account.tsx'),
	route('opportunities', 'routes/public/opportunities.tsx'),
	route('opportunities/:tenderId', 'routes/public/opportunity.tsx'),

	...prefix('manage', [
		route('tenders', 'routes/manager/tenders.tsx'),
		route('tenders/new', 'routes/manager/tender-form.tsx', { id: 'tender-new' }),
		route('tenders/:tenderId', 'routes/manager/tender.tsx'),
		route('tenders/:tenderId/edit', 'routes/manager/tender-form.tsx', { id: 'tender-edit' }),
	]),

	...prefix('admin', [
		route('users', 'routes/admin/users.tsx'),
		route('users/invite', 'routes/admin/invite-user.tsx'),
		route('users/:userId', 'routes/admin/user.tsx'),
		route('sent-mail', 'routes/admin/sent-mail.tsx'),
		route('sent-mail/:mailId', 'routes/admin/sent-mail-message.tsx'),
		route('toms', 'routes/admin/toms/editions.tsx'),
		route('toms/new', 'routes/admin/toms/new-edition.tsx'),
		route('toms/template/:format', 'routes/resources/toms-template.ts'),
		route('toms/:editionId', 'routes/admin/toms/edition.tsx'),
		route('toms/:editionId/import', 'routes/admin/toms/import.tsx'),
		route('toms/:editionId/export/:format', 'routes/resources/toms-export.ts'),
		route('toms/:editionId/themes/:themeId', 'routes/admin/toms/theme.tsx'),
		route('toms/:editionId/outcomes/:outcomeId', 'routes/admin/toms/outcome.tsx'),
		route('toms/:editionId/measures/:measureId', 'routes/admin/toms/measure.tsx'),
		route('priorities', 'routes/admin/priorities.tsx'),
		route('settings', 'routes/admin/settings.tsx'),
	]),

	route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
