import fs from 'node:fs'
import path from 'node:path'
import type { RouteConfigEntry } from '@react-router/dev/routes'
import routeConfig from '#app/routes.ts'
import { councilById } from '#app/lib/councils.server.ts'
import type { Actor, World } from './security-world.ts'

/**
 * Who may do what, route by route: the answer each actor gets to a GET of the page and to a
 * POST of a harmless form (one that would change nothing even for someone allowed: a stale
 * version, a missing field, a resource that already exists). Supplier resources are always
 * supplier A's, so supplier B must be refused. The council's records are the first council's,
 * so another council's staff find none of them: they are not found. Every route in
 * app/routes.ts must be here.
 */

export type Redirect = { redirect: string | ((world: World) => string) }
export type Expected = 200 | 400 | 403 | 404 | 405 | 409 | Redirect
export type Cells = Record<Actor, Expected>

export type RoutePolicy = {
	/** The pattern exactly as app/routes.ts gives it, with its prefix. */
	route: string
	url: (world: World) => string
	get: Cells
	post: Cells & { body: (world: World) => Record<string, string> }
}

/** Sent to sign in, and brought back to the page afterwards. */
export const toSignIn: Redirect = { redirect: 'sign-in' }
const toSupplierHome: Redirect = { redirect: '/home' }
const toCouncilHome: Redirect = { redirect: '/manage' }

function everyone(expected: Expected): Cells {
	return {
		signedOut: expected,
		supplierA: expected,
		supplierB: expected,
		otherManager: expected,
		owningManager: expected,
		admin: expected,
		otherCouncilManager: expected,
		otherCouncilAdmin: expected,
	}
}

/** Pages for the suppliers' own use: council staff are not suppliers. */
function suppliersOnly(a: Expected, b: Expected): Cells {
	return {
		signedOut: toSignIn,
		supplierA: a,
		supplierB: b,
		otherManager: 403,
		owningManager: 403,
		admin: 403,
		otherCouncilManager: 403,
		otherCouncilAdmin: 403,
	}
}

/** Council pages with no owner: any contract manager or administrator, of any council, each seeing their own. */
function councilOnly(expected: Expected): Cells {
	return {
		signedOut: toSignIn,
		supplierA: 403,
		supplierB: 403,
		otherManager: expected,
		owningManager: expected,
		admin: expected,
		otherCouncilManager: expected,
		otherCouncilAdmin: expected,
	}
}

/** Council pages about a tender or contract: its own contract manager and administrators. */
function owningCouncil(expected: Expected): Cells {
	return {
		signedOut: toSignIn,
		supplierA: 403,
		supplierB: 403,
		otherManager: 403,
		owningManager: expected,
		admin: expected,
		otherCouncilManager: 404,
		otherCouncilAdmin: 404,
	}
}

/** The administrators' pages of their own council: another council's administrator has their own. */
function adminsOnly(expected: Expected): Cells {
	return {
		signedOut: toSignIn,
		supplierA: 403,
		supplierB: 403,
		otherManager: 403,
		owningManager: 403,
		admin: expected,
		otherCouncilManager: 403,
		otherCouncilAdmin: expected,
	}
}

/** The deployment's pages: its administrator, who is also the first council's; no other council's. */
function deploymentAdmins(expected: Expected): Cells {
	return { ...adminsOnly(expected), otherCouncilAdmin: 403 }
}

/** An administrator's page about one of the council's own records: another council's finds no such record. */
function councilRecordAdmins(expected: Expected): Cells {
	return { ...adminsOnly(expected), otherCouncilAdmin: 404 }
}

/** Signing in and registering make no sense once signed in: they lead to the person's home. */
function signedOutOnly(expected: Expected): Cells {
	return {
		signedOut: expected,
		supplierA: toSupplierHome,
		supplierB: toSupplierHome,
		otherManager: toCouncilHome,
		owningManager: toCouncilHome,
		admin: toCouncilHome,
		otherCouncilManager: toCouncilHome,
		otherCouncilAdmin: toCouncilHome,
	}
}

const noForm = (): Record<string, string> => ({})
const readOnly = { ...everyone(405), body: noForm }

/** The slug of the council the world's tenders and contracts belong to, for the pages under its prefix. */
function councilSlug(w: World): string {
	const council = councilById(w.people.owningManager.organisationId)
	if (!council) throw new Error('The world has no council')
	return council.slug
}

/** Each public page's policy again under "/c/:councilSlug", for the world's council. */
function underCouncilPrefix(pages: RoutePolicy[]): RoutePolicy[] {
	return pages.map((page) => ({
		...page,
		route: `/c/:councilSlug${page.route}`,
		url: (w: World) => `/c/${councilSlug(w)}${page.url(w)}`,
	}))
}

export const policy: RoutePolicy[] = [
	// The public pages: the same for everyone, and nothing to post.
	{ route: '/', url: () => '/', get: everyone(200), post: readOnly },
	{ route: '/accessibility', url: () => '/accessibility', get: everyone(200), post: readOnly },
	{ route: '/toms', url: () => '/toms', get: everyone(200), post: readOnly },
	{ route: '/toms/editions', url: () => '/toms/editions', get: everyone(200), post: readOnly },
	// Published editions compare for anyone; a draft only for an administrator, and is not found for anyone else.
	{
		route: '/toms/compare',
		url: (w) => `/toms/compare?from=${w.editions.published}&to=${w.editions.draft}`,
		get: { ...everyone(404), admin: 200, otherCouncilAdmin: 404 },
		post: readOnly,
	},
	{
		route: '/toms/compare.csv',
		url: (w) => `/toms/compare.csv?from=${w.editions.published}&to=${w.editions.draft}`,
		get: { ...everyone(404), admin: 200, otherCouncilAdmin: 404 },
		post: readOnly,
	},
	{
		route: '/toms/editions/:editionId',
		url: (w) => `/toms/editions/${w.editions.published}`,
		get: everyone(200),
		post: readOnly,
	},
	{
		route: '/toms/editions/:editionId/measures/:code',
		url: (w) => `/toms/editions/${w.editions.published}/measures/${w.measures.hoursCode}`,
		get: everyone(200),
		post: readOnly,
	},
	{
		route: '/toms/editions/:editionId/download/:format',
		url: (w) => `/toms/editions/${w.editions.published}/download/csv`,
		get: everyone(200),
		post: readOnly,
	},

	// The same public pages under a council's prefix, for a host several councils share: under
	// the world's council they answer as they do without one.
	...underCouncilPrefix([
		{ route: '', url: () => '', get: everyone(200), post: readOnly },
		{ route: '/opportunities', url: () => '/opportunities', get: everyone(200), post: readOnly },
		{
			route: '/opportunities/:tenderId',
			url: (w) => `/opportunities/${w.tenders.open}`,
			get: everyone(200),
			post: {
				...suppliersOnly(
					{ redirect: (w) => `/matrices/${w.matrices.draftA}` },
					{ redirect: (w) => `/matrices/${w.matrices.draftB}` },
				),
				body: noForm,
			},
		},
		{ route: '/contracts', url: () => '/contracts', get: everyone(200), post: readOnly },
		{ route: '/contracts/register/:format', url: () => '/contracts/register/csv', get: everyone(200), post: readOnly },
		{ route: '/contracts/:contractId', url: (w) => `/contracts/${w.contracts.a}`, get: everyone(200), post: readOnly },
		{ route: '/toms', url: () => '/toms', get: everyone(200), post: readOnly },
		{ route: '/toms/editions', url: () => '/toms/editions', get: everyone(200), post: readOnly },
		{
			route: '/toms/compare',
			url: (w) => `/toms/compare?from=${w.editions.published}&to=${w.editions.draft}`,
			get: { ...everyone(404), admin: 200 },
			post: readOnly,
		},
		{
			route: '/toms/compare.csv',
			url: (w) => `/toms/compare.csv?from=${w.editions.published}&to=${w.editions.draft}`,
			get: { ...everyone(404), admin: 200 },
			post: readOnly,
		},
		{
			route: '/toms/editions/:editionId',
			url: (w) => `/toms/editions/${w.editions.published}`,
			get: everyone(200),
			post: readOnly,
		},
		{
			route: '/toms/editions/:editionId/measures/:code',
			url: (w) => `/toms/editions/${w.editions.published}/measures/${w.measures.hoursCode}`,
			get: everyone(200),
			post: readOnly,
		},
		{
			route: '/toms/editions/:editionId/download/:format',
			url: (w) => `/toms/editions/${w.editions.published}/download/csv`,
			get: everyone(200),
			post: readOnly,
		},
	]),

	// Signing in and out, and the links sent by email.
	// A sign-in form left open while someone else signed in still signs its own person in.
	{
		route: '/sign-in',
		url: () => '/sign-in',
		get: signedOutOnly(200),
		post: { ...everyone(400), body: (w) => ({ email: w.people.supplierA.email }) },
	},
	{
		route: '/sign-out',
		url: () => '/sign-out',
		get: everyone({ redirect: '/' }),
		post: { ...everyone({ redirect: '/sign-in?notice=signed-out' }), body: noForm },
	},
	{
		route: '/forgotten-password',
		url: () => '/forgotten-password',
		get: everyone(200),
		post: { ...everyone(400), body: () => ({ email: '' }) },
	},
	{
		route: '/reset-password',
		url: () => '/reset-password',
		get: everyone(200),
		post: {
			...everyone(400),
			body: () => ({
				token: 'not.a-token',
				password: 'a long new password 1',
				confirmPassword: 'a long new password 1',
			}),
		},
	},
	{
		route: '/accept-invitation',
		url: () => '/accept-invitation',
		get: everyone(200),
		post: {
			...everyone(400),
			body: () => ({
				token: 'not.a-token',
				password: 'a long new password 1',
				confirmPassword: 'a long new password 1',
			}),
		},
	},
	{
		route: '/register',
		url: () => '/register',
		get: signedOutOnly(200),
		post: { ...signedOutOnly(400), body: () => ({ organisationName: '' }) },
	},
	{
		route: '/verify-email',
		url: () => '/verify-email',
		get: everyone(200),
		post: { ...everyone(400), body: () => ({ token: 'not.a-token' }) },
	},
	{
		route: '/verify-email/resend',
		url: () => '/verify-email/resend',
		get: everyone(200),
		post: { ...everyone(400), body: () => ({ email: '' }) },
	},

	// A supplier's own organisation: whoever asks sees only their own.
	{
		route: '/organisation',
		url: () => '/organisation',
		get: suppliersOnly(200, 200),
		// Removing A's colleague at a stale version: A is told it changed, B that it is not theirs.
		post: {
			...suppliersOnly(400, 400),
			body: (w) => ({ intent: 'remove', userId: String(w.colleagueA.id), version: '999' }),
		},
	},
	{
		route: '/organisation/invite',
		url: () => '/organisation/invite',
		get: suppliersOnly(200, 200),
		post: { ...suppliersOnly(400, 400), body: () => ({ name: '', email: '' }) },
	},

	// Each supplier's home: what their own organisation has to do.
	{ route: '/home', url: () => '/home', get: suppliersOnly(200, 200), post: readOnly },

	// Each supplier's list of its own bids.
	{ route: '/bids', url: () => '/bids', get: suppliersOnly(200, 200), post: readOnly },

	// Supplier A's matrices: B gets nothing, not even whether they exist.
	{
		route: '/matrices/:matrixId',
		url: (w) => `/matrices/${w.matrices.draftA}`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(409, 404), body: () => ({ version: '0' }) },
	},
	{
		route: '/matrices/:matrixId/lines/:measureId',
		url: (w) => `/matrices/${w.matrices.draftA}/lines/${w.measures.hours}`,
		get: suppliersOnly(200, 404),
		post: {
			...suppliersOnly(409, 404),
			body: () => ({ version: '0', quantity: '5', methodStatement: 'Changed by someone else' }),
		},
	},
	{
		route: '/matrices/:matrixId/check',
		url: (w) => `/matrices/${w.matrices.draftA}/check`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(409, 404), body: () => ({ version: '0' }) },
	},
	{
		route: '/matrices/:matrixId/submitted',
		url: (w) => `/matrices/${w.matrices.submittedA}/submitted`,
		get: suppliersOnly(200, 404),
		post: readOnly,
	},
	{
		route: '/matrices/:matrixId/spreadsheet',
		url: (w) => `/matrices/${w.matrices.draftA}/spreadsheet`,
		get: suppliersOnly(200, 404),
		post: readOnly,
	},
	{
		route: '/matrices/:matrixId/upload',
		url: (w) => `/matrices/${w.matrices.draftA}/upload`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(400, 404), body: () => ({ version: '0' }) },
	},

	{ route: '/account', url: () => '/account', get: { ...everyone(200), signedOut: toSignIn }, post: readOnly },
	{
		route: '/due-dates',
		url: () => '/due-dates',
		get: { ...everyone(200), signedOut: toSignIn },
		// Resetting the calendar address without confirming it changes nothing.
		post: { ...everyone(400), signedOut: toSignIn, body: () => ({ intent: 'reset-calendar-address' }) },
	},
	{
		route: '/due-dates/calendar.ics',
		url: () => '/due-dates/calendar.ics',
		get: { ...everyone(200), signedOut: toSignIn },
		post: readOnly,
	},
	// A calendar program cannot sign in: the secret address is the key, and a wrong one is not found.
	{
		route: '/calendar/:feed',
		url: () => `/calendar/${'a'.repeat(24)}.${'b'.repeat(24)}.ics`,
		get: everyone(404),
		post: readOnly,
	},
	{ route: '/opportunities', url: () => '/opportunities', get: everyone(200), post: readOnly },
	{
		route: '/opportunities/:tenderId',
		url: (w) => `/opportunities/${w.tenders.open}`,
		get: everyone(200),
		// Starting a matrix that already exists leads each supplier to their own.
		post: {
			...suppliersOnly(
				{ redirect: (w) => `/matrices/${w.matrices.draftA}` },
				{ redirect: (w) => `/matrices/${w.matrices.draftB}` },
			),
			body: noForm,
		},
	},
	{ route: '/contracts', url: () => '/contracts', get: everyone(200), post: readOnly },
	{ route: '/contracts/register/:format', url: () => '/contracts/register/csv', get: everyone(200), post: readOnly },
	{ route: '/contracts/:contractId', url: (w) => `/contracts/${w.contracts.a}`, get: everyone(200), post: readOnly },
	{
		route: '/your-contracts',
		url: () => '/your-contracts',
		get: suppliersOnly(200, 200),
		// Its Start buttons post to /returns/start/:periodId; the page itself takes no form.
		post: readOnly,
	},

	// Supplier A's progress returns and evidence.
	{
		route: '/returns/start/:periodId',
		url: (w) => `/returns/start/${w.periods.draftA}`,
		// A's period already has its return, so both lead A to it; B is told there is no such period.
		get: suppliersOnly({ redirect: (w) => `/returns/${w.returns.draftA.returnId}` }, 404),
		post: { ...suppliersOnly({ redirect: (w) => `/returns/${w.returns.draftA.returnId}` }, 404), body: noForm },
	},
	{
		route: '/returns/:returnId',
		url: (w) => `/returns/${w.returns.draftA.returnId}`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(409, 404), body: () => ({ version: '0', nil: 'yes', nilReason: 'Nothing happened' }) },
	},
	{
		route: '/returns/:returnId/lines/:commitmentId',
		url: (w) => `/returns/${w.returns.draftA.returnId}/lines/${w.returns.draftA.commitments.hours}`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(409, 404), body: () => ({ version: '0', delivered: '5', milestoneStatus: 'on_track' }) },
	},
	{
		route: '/returns/:returnId/check',
		url: (w) => `/returns/${w.returns.draftA.returnId}/check`,
		get: suppliersOnly(200, 404),
		post: { ...suppliersOnly(409, 404), body: () => ({ version: '0' }) },
	},
	{
		route: '/evidence/:evidenceId',
		url: (w) => `/evidence/${w.returns.submittedA.evidenceId}`,
		// The supplier that filed it, the contract's manager and administrators; to anyone else it does not exist.
		get: {
			signedOut: 404,
			supplierA: 200,
			supplierB: 404,
			otherManager: 404,
			owningManager: 200,
			admin: 200,
			otherCouncilManager: 404,
			otherCouncilAdmin: 404,
		},
		post: readOnly,
	},

	// The council's pages.
	{ route: '/manage', url: () => '/manage', get: councilOnly(200), post: readOnly },
	{ route: '/manage/dashboard', url: () => '/manage/dashboard', get: councilOnly(200), post: readOnly },
	{ route: '/manage/report', url: () => '/manage/report', get: councilOnly(200), post: readOnly },
	{ route: '/manage/tenders', url: () => '/manage/tenders', get: councilOnly(200), post: readOnly },
	{
		route: '/manage/tenders/new',
		url: () => '/manage/tenders/new',
		get: councilOnly(200),
		post: { ...councilOnly(400), body: noForm },
	},
	{
		route: '/manage/tenders/:tenderId',
		url: (w) => `/manage/tenders/${w.tenders.open}`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: () => ({ intent: 'publish', version: '0' }) },
	},
	{
		route: '/manage/tenders/:tenderId/edit',
		url: (w) => `/manage/tenders/${w.tenders.open}/edit`,
		get: owningCouncil(200),
		post: { ...owningCouncil(400), body: noForm },
	},
	{
		route: '/manage/tenders/:tenderId/matrices',
		url: (w) => `/manage/tenders/${w.tenders.awarded}/matrices`,
		get: owningCouncil(200),
		post: readOnly,
	},
	{
		route: '/manage/tenders/:tenderId/matrices/export/:format',
		url: (w) => `/manage/tenders/${w.tenders.awarded}/matrices/export/csv`,
		get: owningCouncil(200),
		post: readOnly,
	},
	{
		route: '/manage/tenders/:tenderId/bids/new',
		url: (w) => `/manage/tenders/${w.tenders.elsewhere}/bids/new`,
		get: owningCouncil(200),
		post: { ...owningCouncil(400), body: noForm },
	},
	{
		route: '/manage/tenders/:tenderId/matrix-template',
		url: (w) => `/manage/tenders/${w.tenders.elsewhere}/matrix-template`,
		get: owningCouncil(200),
		post: readOnly,
	},
	{
		route: '/manage/matrices/:matrixId',
		url: (w) => `/manage/matrices/${w.matrices.approvedA}`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: () => ({ intent: 'score', qualityScore: '50', version: '0' }) },
	},
	{
		route: '/manage/matrices/:matrixId/award',
		url: (w) => `/manage/matrices/${w.matrices.approvedA}/award`,
		get: owningCouncil(200),
		post: { ...owningCouncil(400), body: noForm },
	},
	{
		route: '/manage/contracts/:contractId/edit',
		url: (w) => `/manage/contracts/${w.contracts.a}/edit`,
		get: owningCouncil(200),
		post: { ...owningCouncil(400), body: noForm },
	},
	{
		route: '/manage/contracts/new',
		url: () => '/manage/contracts/new',
		get: councilOnly(200),
		post: { ...councilOnly(400), body: noForm },
	},
	// A contract being recorded directly: its own contract manager and administrators only.
	{
		route: '/manage/contract-drafts/:matrixId',
		url: (w) => `/manage/contract-drafts/${w.matrices.directA}`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: () => ({ version: '0' }) },
	},
	{
		route: '/manage/contract-drafts/:matrixId/lines/:measureId',
		url: (w) => `/manage/contract-drafts/${w.matrices.directA}/lines/${w.measures.hours}`,
		get: owningCouncil(200),
		post: {
			...owningCouncil(409),
			body: () => ({ version: '0', quantity: '5', methodStatement: 'Changed by someone else' }),
		},
	},
	{
		route: '/manage/contract-drafts/:matrixId/upload',
		url: (w) => `/manage/contract-drafts/${w.matrices.directA}/upload`,
		get: owningCouncil(200),
		post: { ...owningCouncil(400), body: () => ({ version: '0' }) },
	},
	{
		route: '/manage/contract-drafts/:matrixId/spreadsheet',
		url: (w) => `/manage/contract-drafts/${w.matrices.directA}/spreadsheet`,
		get: owningCouncil(200),
		post: readOnly,
	},
	{
		route: '/manage/contract-drafts/:matrixId/confirm',
		url: (w) => `/manage/contract-drafts/${w.matrices.directA}/confirm`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: () => ({ version: '0' }) },
	},
	// A contract manager's export holds only their own contracts, so another manager gets one too.
	{
		route: '/manage/exports/:dataset/:format',
		url: () => '/manage/exports/commitments/csv',
		get: councilOnly(200),
		post: readOnly,
	},
	{
		route: '/manage/returns',
		url: () => '/manage/returns',
		get: councilOnly(200),
		post: { ...councilOnly(400), body: noForm },
	},
	// Approving several returns at once names them with the version chosen: a version that never was is stale.
	{
		route: '/manage/returns/approve',
		url: (w) => `/manage/returns/approve?returns=${w.returns.submittedA.returnId}%3A1`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: (w) => ({ returns: `${w.returns.submittedA.returnId}:999999` }) },
	},
	{
		route: '/manage/returns/:returnId',
		url: (w) => `/manage/returns/${w.returns.submittedA.returnId}`,
		get: owningCouncil(200),
		post: { ...owningCouncil(409), body: () => ({ intent: 'approve', version: '0' }) },
	},

	// Administration.
	{ route: '/admin/users', url: () => '/admin/users', get: adminsOnly(200), post: readOnly },
	{
		route: '/admin/users/invite',
		url: () => '/admin/users/invite',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/users/:userId',
		url: (w) => `/admin/users/${w.people.otherManager.id}`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(409), body: () => ({ intent: 'disable', version: '999' }) },
	},
	{ route: '/admin/sent-mail', url: () => '/admin/sent-mail', get: adminsOnly(200), post: readOnly },
	{
		route: '/admin/outbox',
		url: () => '/admin/outbox',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: (w) => ({ id: String(w.outbox.sent) }) },
	},
	{
		route: '/admin/sent-mail/:mailId',
		url: (w) => `/admin/sent-mail/${w.mailId}`,
		get: councilRecordAdmins(200),
		post: readOnly,
	},
	{
		route: '/admin/toms',
		url: () => '/admin/toms',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: () => ({ intent: 'adopt', editionId: '999999', version: '1' }) },
	},
	{
		route: '/admin/toms/new',
		url: () => '/admin/toms/new',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/contracts/import',
		url: () => '/admin/contracts/import',
		get: adminsOnly(200),
		// No file: nothing to import.
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/contracts/import/template/:format',
		url: () => '/admin/contracts/import/template/xlsx',
		get: adminsOnly(200),
		post: readOnly,
	},
	{
		route: '/admin/contracts/import/:importId',
		url: (w) => `/admin/contracts/import/${w.contractImport}`,
		get: councilRecordAdmins(200),
		// Neither confirming nor discarding: nothing changes.
		post: { ...councilRecordAdmins(400), body: () => ({ intent: 'neither' }) },
	},
	{
		route: '/admin/toms/template/:format',
		url: () => '/admin/toms/template/csv',
		get: adminsOnly(200),
		post: readOnly,
	},
	{
		route: '/admin/toms/:editionId',
		url: (w) => `/admin/toms/${w.editions.draft}`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(409), body: () => ({ intent: 'retire', version: '999' }) },
	},
	{
		route: '/admin/toms/:editionId/import',
		url: (w) => `/admin/toms/${w.editions.draft}/import`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(400), body: noForm },
	},
	{
		route: '/admin/toms/:editionId/import/:importId',
		url: (w) => `/admin/toms/${w.editions.draft}/import/${w.editions.draftImport}`,
		get: councilRecordAdmins(200),
		// Confirming without ticking that the draft's content is replaced changes nothing.
		post: { ...councilRecordAdmins(400), body: () => ({ intent: 'confirm' }) },
	},
	{
		route: '/admin/toms/:editionId/import/:importId/units',
		url: (w) => `/admin/toms/${w.editions.draft}/import/${w.editions.draftUnitsImport}/units`,
		get: councilRecordAdmins(200),
		// Continuing without a choice for the unit changes nothing.
		post: { ...councilRecordAdmins(400), body: () => ({ intent: 'resolve' }) },
	},
	{
		route: '/admin/toms/:editionId/publish',
		url: (w) => `/admin/toms/${w.editions.draft}/publish`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(409), body: () => ({ version: '999' }) },
	},
	{
		route: '/admin/toms/:editionId/uplift',
		url: (w) => `/admin/toms/${w.editions.draft}/uplift`,
		get: councilRecordAdmins(200),
		post: {
			...councilRecordAdmins(409),
			body: () => ({ intent: 'apply', percentage: '3.5', scope: 'all', version: '999' }),
		},
	},
	{
		route: '/admin/toms/:editionId/proxy-values',
		url: (w) => `/admin/toms/${w.editions.draft}/proxy-values`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(409), body: () => ({ version: '999' }) },
	},
	{
		route: '/admin/toms/:editionId/export/:format',
		url: (w) => `/admin/toms/${w.editions.draft}/export/csv`,
		get: councilRecordAdmins(200),
		post: readOnly,
	},
	{
		route: '/admin/toms/:editionId/themes/:themeId',
		url: (w) => `/admin/toms/${w.editions.draft}/themes/${w.editions.draftTheme}`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(400), body: () => ({ name: 'Renamed', version: '999' }) },
	},
	{
		route: '/admin/toms/:editionId/outcomes/:outcomeId',
		url: (w) => `/admin/toms/${w.editions.draft}/outcomes/${w.editions.draftOutcome}`,
		get: councilRecordAdmins(200),
		post: {
			...councilRecordAdmins(400),
			body: (w) => ({ name: 'Renamed', themeId: String(w.editions.draftTheme), version: '999' }),
		},
	},
	{
		route: '/admin/toms/:editionId/measures/:measureId',
		url: (w) => `/admin/toms/${w.editions.draft}/measures/${w.editions.draftMeasure}`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(400), body: () => ({ version: '999' }) },
	},
	{
		route: '/admin/priorities',
		url: () => '/admin/priorities',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/units',
		url: () => '/admin/units',
		get: adminsOnly(200),
		post: readOnly,
	},
	{
		route: '/admin/units/:unitId',
		url: () => '/admin/units/new',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/settings',
		url: () => '/admin/settings',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/maturity',
		url: () => '/admin/maturity',
		get: adminsOnly(200),
		post: { ...adminsOnly(400), body: noForm },
	},
	{
		route: '/admin/maturity/compare',
		url: (w) => `/admin/maturity/compare?from=${w.maturity.assessment}&to=${w.maturity.assessment}`,
		get: councilRecordAdmins(200),
		post: readOnly,
	},
	{
		route: '/admin/maturity/:assessmentId',
		url: (w) => `/admin/maturity/${w.maturity.assessment}`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(400), body: noForm },
	},
	{
		route: '/admin/maturity/:assessmentId/plan',
		url: (w) => `/admin/maturity/${w.maturity.assessment}/plan`,
		get: councilRecordAdmins(200),
		post: readOnly,
	},
	{
		route: '/admin/maturity/:assessmentId/plan/export/:format',
		url: (w) => `/admin/maturity/${w.maturity.assessment}/plan/export/csv`,
		get: councilRecordAdmins(200),
		post: readOnly,
	},
	{
		route: '/admin/maturity/:assessmentId/plan/:area',
		url: (w) => `/admin/maturity/${w.maturity.assessment}/plan/contracts`,
		get: councilRecordAdmins(200),
		post: { ...councilRecordAdmins(400), body: noForm },
	},

	// The deployment's pages (ADR 027): the world's administrator is also its deployment
	// administrator; every other council role is refused (a council administrator without the
	// role too: app/routes/deployment/deployment-access.test.ts).
	{ route: '/deployment', url: () => '/deployment', get: deploymentAdmins(200), post: readOnly },
	{
		route: '/deployment/councils/new',
		url: () => '/deployment/councils/new',
		get: deploymentAdmins(200),
		post: { ...deploymentAdmins(400), body: noForm },
	},
	{ route: '/deployment/consortium', url: () => '/deployment/consortium', get: deploymentAdmins(200), post: readOnly },
	{
		route: '/deployment/consortium/access',
		url: () => '/deployment/consortium/access',
		get: deploymentAdmins(200),
		post: { ...deploymentAdmins(400), body: noForm },
	},
	{
		route: '/deployment/consortium/export/:dataset/:format',
		url: () => '/deployment/consortium/export/councils/csv',
		get: deploymentAdmins(200),
		post: readOnly,
	},

	// Anything else does not exist, whoever asks and however.
	{ route: '/*', url: () => '/no-such-page', get: everyone(404), post: { ...everyone(404), body: noForm } },
]

export type PortalRoute = { route: string; file: string; index: boolean }

/** Every route of app/routes.ts with its full pattern, prefixes and nesting applied. */
export function portalRoutes(): PortalRoute[] {
	const flat: PortalRoute[] = []
	function walk(entries: RouteConfigEntry[], parent: string) {
		for (const entry of entries) {
			const joined = [parent, entry.path ?? ''].filter(Boolean).join('/')
			if (entry.path !== undefined || entry.index)
				flat.push({ route: `/${joined}`, file: entry.file, index: Boolean(entry.index) })
			if (entry.children) walk(entry.children, joined)
		}
	}
	walk(routeConfig, '')
	return flat
}

/** Whether a route module handles POSTs: it exports an action. */
export function exportsAction(file: string): boolean {
	const source = fs.readFileSync(path.resolve('app', file), 'utf8')
	return /^export\s+(async\s+)?function\s+action\b|^export\s+const\s+action\b/m.test(source)
}
