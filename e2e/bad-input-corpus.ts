// The bad values the forms and URLs are sent, and the pages whose forms receive them:
// the corpus the bad-input spec walks.
import { councilById } from '#app/lib/councils.server.ts'
import type { Actor, World } from './security-world.ts'

export const MARKUP = '<script>alert("gt-xss")</script><img src=x onerror=alert("gt-xss")>'
export const INJECTED = ['<script>alert("gt-xss")', '<img src=x onerror']

export const values: Array<[string, string]> = [
	['100,000 characters', 'x'.repeat(100_000)],
	['emoji', '👩🏽‍💻 Café ☕ 🌱'],
	['right-to-left text', 'مرحبا بالعالم \u202Efdp.exe'],
	['combining marks', 'Z̴̡̓a̷̢͊l̵̨̐g̶̜̈́o̵̤͑'],
	['control characters', 'tab\there\r\nnew line\u0007\u001b[31m\u007f'],
	['a null character', 'null\u0000byte'],
	['HTML and a script', MARKUP],
	['SQL', "'; DROP TABLE users; --"],
	['-0', '-0'],
	['1e309', '1e309'],
	['NaN', 'NaN'],
	['Infinity', 'Infinity'],
	['9007199254740993', '9007199254740993'],
	['-1', '-1'],
	['0.001', '0.001'],
	['1,000', '1,000'],
	['" 5 "', ' 5 '],
	['an empty string', ''],
]
/** Hidden fields (ids, versions, tokens) carry machine values: the ones a program would tamper with. */
export const hiddenValues = values.filter(([name]) =>
	[
		'100,000 characters',
		'a null character',
		'SQL',
		'-0',
		'1e309',
		'NaN',
		'Infinity',
		'9007199254740993',
		'-1',
	].includes(name),
)

/** Values that, once accepted, show something new about how a page renders what it stores. */
export const rendered = new Set([
	'100,000 characters',
	'emoji',
	'right-to-left text',
	'combining marks',
	'control characters',
	'a null character',
	'HTML and a script',
	'SQL',
])

export type CorpusPage = {
	route: string
	actor: Actor
	/** The page whose forms are sent; the form's own fields are read from it. */
	page: (world: World) => string
	/** For a route whose form is not on a page of its own: where to post, and its fields. */
	post?: (world: World) => string
	fields?: Array<[string, string]>
}

export const pages: CorpusPage[] = [
	{ route: '/sign-in', actor: 'signedOut', page: () => '/sign-in' },
	{ route: '/sign-out', actor: 'signedOut', page: () => '/sign-out', post: () => '/sign-out', fields: [] },
	{ route: '/forgotten-password', actor: 'signedOut', page: () => '/forgotten-password' },
	{ route: '/reset-password', actor: 'signedOut', page: (w) => `/reset-password?token=${w.tokens.passwordReset}` },
	{ route: '/accept-invitation', actor: 'signedOut', page: (w) => `/accept-invitation?token=${w.tokens.invitation}` },
	{ route: '/register', actor: 'signedOut', page: () => '/register' },
	{ route: '/verify-email', actor: 'signedOut', page: (w) => `/verify-email?token=${w.tokens.emailVerification}` },
	{ route: '/verify-email/resend', actor: 'signedOut', page: () => '/verify-email/resend' },
	{ route: '/organisation', actor: 'supplierA', page: () => '/organisation' },
	{ route: '/organisation/invite', actor: 'supplierA', page: () => '/organisation/invite' },
	{ route: '/matrices/:matrixId', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.submittedA}` },
	{
		route: '/matrices/:matrixId/lines/:measureId',
		actor: 'supplierA',
		page: (w) => `/matrices/${w.matrices.draftA}/lines/${w.measures.hours}`,
	},
	{
		route: '/matrices/:matrixId/lines/:measureId',
		actor: 'supplierA',
		page: (w) => `/matrices/${w.matrices.draftA}/lines/${w.measures.words}`,
	},
	{ route: '/matrices/:matrixId/check', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/check` },
	{ route: '/matrices/:matrixId/upload', actor: 'supplierA', page: (w) => `/matrices/${w.matrices.draftA}/upload` },
	{
		route: '/manage/tenders/:tenderId/bids/new',
		actor: 'owningManager',
		page: (w) => `/manage/tenders/${w.tenders.elsewhere}/bids/new`,
	},
	// Supplier A already has a matrix for every tender, so the page links to it instead of showing the button.
	{
		route: '/opportunities/:tenderId',
		actor: 'supplierA',
		page: (w) => `/opportunities/${w.tenders.open}`,
		post: (w) => `/opportunities/${w.tenders.open}`,
		fields: [],
	},
	{
		route: '/c/:councilSlug/opportunities/:tenderId',
		actor: 'supplierA',
		page: (w) => `/c/${councilById(w.people.owningManager.organisationId)!.slug}/opportunities/${w.tenders.open}`,
		post: (w) => `/c/${councilById(w.people.owningManager.organisationId)!.slug}/opportunities/${w.tenders.open}`,
		fields: [],
	},
	// A's period already has its return, so the page leads to it instead of showing the button.
	{
		route: '/returns/start/:periodId',
		actor: 'supplierA',
		page: (w) => `/returns/start/${w.periods.draftA}`,
		post: (w) => `/returns/start/${w.periods.draftA}`,
		fields: [],
	},
	{ route: '/returns/:returnId', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}` },
	{
		route: '/returns/:returnId/lines/:commitmentId',
		actor: 'supplierA',
		page: (w) => `/returns/${w.returns.draftA.returnId}/lines/${w.returns.draftA.commitments.hours}`,
	},
	{
		route: '/returns/:returnId/lines/:commitmentId',
		actor: 'supplierA',
		page: (w) => `/returns/${w.returns.draftA.returnId}/lines/${w.returns.draftA.commitments.words}`,
	},
	{ route: '/returns/:returnId/check', actor: 'supplierA', page: (w) => `/returns/${w.returns.draftA.returnId}/check` },
	{ route: '/due-dates', actor: 'supplierA', page: () => '/due-dates' },
	{ route: '/manage/tenders/new', actor: 'owningManager', page: () => '/manage/tenders/new' },
	{ route: '/manage/tenders/:tenderId', actor: 'owningManager', page: (w) => `/manage/tenders/${w.tenders.draft}` },
	{ route: '/manage/tenders/:tenderId', actor: 'owningManager', page: (w) => `/manage/tenders/${w.tenders.open}` },
	{
		route: '/manage/tenders/:tenderId/edit',
		actor: 'owningManager',
		page: (w) => `/manage/tenders/${w.tenders.open}/edit`,
	},
	{
		route: '/manage/matrices/:matrixId',
		actor: 'owningManager',
		page: (w) => `/manage/matrices/${w.matrices.reviewB}`,
	},
	{
		route: '/manage/matrices/:matrixId/award',
		actor: 'owningManager',
		page: (w) => `/manage/matrices/${w.matrices.approvedA}/award`,
	},
	{
		route: '/manage/contracts/:contractId/edit',
		actor: 'owningManager',
		page: (w) => `/manage/contracts/${w.contracts.a}/edit`,
	},
	{ route: '/manage/contracts/new', actor: 'owningManager', page: () => '/manage/contracts/new' },
	{
		route: '/manage/contract-drafts/:matrixId',
		actor: 'owningManager',
		page: (w) => `/manage/contract-drafts/${w.matrices.directA}`,
	},
	{
		route: '/manage/contract-drafts/:matrixId/lines/:measureId',
		actor: 'owningManager',
		page: (w) => `/manage/contract-drafts/${w.matrices.directA}/lines/${w.measures.hours}`,
	},
	{
		route: '/manage/contract-drafts/:matrixId/lines/:measureId',
		actor: 'owningManager',
		page: (w) => `/manage/contract-drafts/${w.matrices.directA}/lines/${w.measures.words}`,
	},
	{
		route: '/manage/contract-drafts/:matrixId/upload',
		actor: 'owningManager',
		page: (w) => `/manage/contract-drafts/${w.matrices.directA}/upload`,
	},
	// Its commitments are not entered, so the page shows what is missing instead of the button.
	{
		route: '/manage/contract-drafts/:matrixId/confirm',
		actor: 'owningManager',
		page: (w) => `/manage/contract-drafts/${w.matrices.directA}/confirm`,
		post: (w) => `/manage/contract-drafts/${w.matrices.directA}/confirm`,
		fields: [
			['version', '1'],
			['commerciallySensitive', 'yes'],
		],
	},
	// Which returns can be chosen depends on their figures: the choice is sent as its checkbox would send it.
	{
		route: '/manage/returns',
		actor: 'owningManager',
		page: () => '/manage/returns',
		post: () => '/manage/returns',
		fields: [['returns', '1:1']],
	},
	{
		route: '/manage/returns/approve',
		actor: 'owningManager',
		page: () => '/manage/returns',
		post: () => '/manage/returns/approve',
		fields: [['returns', '1:999999']],
	},
	{
		route: '/manage/returns/:returnId',
		actor: 'owningManager',
		page: (w) => `/manage/returns/${w.returns.submittedA.returnId}`,
	},
	{ route: '/admin/users/invite', actor: 'admin', page: () => '/admin/users/invite' },
	{ route: '/deployment/councils/new', actor: 'admin', page: () => '/deployment/councils/new' },
	{ route: '/deployment/consortium/access', actor: 'admin', page: () => '/deployment/consortium/access' },
	{ route: '/admin/users/:userId', actor: 'admin', page: (w) => `/admin/users/${w.people.otherManager.id}` },
	{ route: '/admin/users/:userId', actor: 'admin', page: (w) => `/admin/users/${w.invitedStaff.id}` },
	{ route: '/admin/outbox', actor: 'admin', page: () => '/admin/outbox?status=failed' },
	{ route: '/admin/toms/new', actor: 'admin', page: () => '/admin/toms/new' },
	{ route: '/admin/contracts/import', actor: 'admin', page: () => '/admin/contracts/import' },
	{
		route: '/admin/contracts/import/:importId',
		actor: 'admin',
		page: (w) => `/admin/contracts/import/${w.contractImport}`,
	},
	{ route: '/admin/toms', actor: 'admin', page: () => '/admin/toms' },
	{ route: '/admin/toms/:editionId', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}` },
	{ route: '/admin/toms/:editionId/import', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/import` },
	{
		route: '/admin/toms/:editionId/import/:importId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/import/${w.editions.draftImport}`,
	},
	{
		route: '/admin/toms/:editionId/import/:importId/units',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/import/${w.editions.draftUnitsImport}/units`,
	},
	{ route: '/admin/toms/:editionId/publish', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/publish` },
	{ route: '/admin/toms/:editionId/uplift', actor: 'admin', page: (w) => `/admin/toms/${w.editions.draft}/uplift` },
	// Applying is offered only after a preview: sent as its form sends it, at a version the draft has left.
	{
		route: '/admin/toms/:editionId/uplift',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/uplift`,
		post: (w) => `/admin/toms/${w.editions.draft}/uplift`,
		fields: [
			['intent', 'apply'],
			['version', '1'],
			['percentage', '3.5'],
			['scope', 'all'],
		],
	},
	{
		route: '/admin/toms/:editionId/proxy-values',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/proxy-values`,
	},
	{
		route: '/admin/toms/:editionId/themes/:themeId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/themes/${w.editions.draftTheme}`,
	},
	{
		route: '/admin/toms/:editionId/outcomes/:outcomeId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/outcomes/${w.editions.draftOutcome}`,
	},
	{
		route: '/admin/toms/:editionId/outcomes/:outcomeId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/outcomes/new`,
	},
	{
		route: '/admin/toms/:editionId/measures/:measureId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/measures/${w.editions.draftMeasure}`,
	},
	{
		route: '/admin/toms/:editionId/measures/:measureId',
		actor: 'admin',
		page: (w) => `/admin/toms/${w.editions.draft}/measures/new`,
	},
	{ route: '/admin/priorities', actor: 'admin', page: () => '/admin/priorities' },
	{ route: '/admin/units/:unitId', actor: 'admin', page: () => '/admin/units/new' },
	{ route: '/admin/settings', actor: 'admin', page: () => '/admin/settings' },
	{ route: '/admin/maturity', actor: 'admin', page: () => '/admin/maturity' },
	{ route: '/admin/maturity/:assessmentId', actor: 'admin', page: (w) => `/admin/maturity/${w.maturity.assessment}` },
	{
		route: '/admin/maturity/:assessmentId/plan/:area',
		actor: 'admin',
		page: (w) => `/admin/maturity/${w.maturity.assessment}/plan/market`,
	},
	{ route: '/*', actor: 'signedOut', page: () => '/no-such-page', post: () => '/no-such-page', fields: [] },
]

/** Bodies that are not a form at all, as a program might send them. */
export const notForms: Array<[string, string | null, string]> = [
	['JSON', 'application/json', '{"email":"a@example.com","version":1}'],
	['plain text', 'text/plain', 'email=a@example.com'],
	['no content type', null, ''],
	[
		'a multipart body with the wrong boundary',
		'multipart/form-data; boundary=expected',
		'--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--\r\n',
	],
	[
		'a multipart body cut short',
		'multipart/form-data; boundary=cut',
		'--cut\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
	],
	// Parsed as a list ten million long, this form took seconds to read and answer.
	['a list index of ten million', 'application/x-www-form-urlencoded', 'intent=save&milestones%5B10000000%5D.date=1'],
]

/** Every query parameter any page reads. */
export const queryNames = [
	'page',
	'year',
	'manager',
	'theme',
	'q',
	'status',
	'edition',
	'edit',
	'outcome',
	'show',
	'redirectTo',
	'token',
	'notice',
	'needs-help-page',
	'contracts-page',
	'suppliers-page',
	'from',
	'to',
	'headerRow',
]
