// Which tables belong to a council and which to the deployment (ADR 026): the one list the
// schema test (db/tenancy.test.ts) holds the database to and the lint rule
// (lint/council-scope.js) holds every query to. Plain JavaScript, as ESLint's configuration
// reads it too.

/** Tables a council owns outright: each carries `council_id`, and each query on one is scoped. */
export const councilTables = {
	council_priorities: 'councilPriorities',
	toms_units: 'tomsUnits',
	toms_editions: 'tomsEditions',
	tenders: 'tenders',
	contracts: 'contracts',
	contract_imports: 'contractImports',
	maturity_assessments: 'maturityAssessments',
}

/**
 * Tables a council owns through a parent: the column naming it, which is never null. A query
 * reaches them through a parent already scoped or authorised.
 */
export const councilChildTables = {
	toms_themes: 'edition_id',
	toms_outcomes: 'edition_id',
	toms_measures: 'edition_id',
	toms_measure_priorities: 'measure_id',
	toms_imports: 'edition_id',
	tender_measures: 'tender_id',
	tender_amendments: 'tender_id',
	matrices: 'tender_id',
	matrix_lines: 'matrix_id',
	matrix_milestones: 'line_id',
	matrix_events: 'matrix_id',
	matrix_line_comments: 'matrix_id',
	contract_commitments: 'contract_id',
	contract_milestones: 'commitment_id',
	contract_events: 'contract_id',
	reporting_periods: 'contract_id',
	progress_returns: 'contract_id',
	return_lines: 'return_id',
	evidence_files: 'return_id',
	return_events: 'return_id',
	return_line_comments: 'return_id',
	commitment_schedule: 'commitment_id',
	delivered_totals: 'commitment_id',
	maturity_area_levels: 'assessment_id',
	maturity_actions: 'assessment_id',
}

/**
 * Tables of the deployment: councils themselves, people and organisations (suppliers are
 * shared), sign-in, bookkeeping. `outbox` and `audit_events` name a council when they are one's.
 */
export const deploymentTables = [
	'councils',
	'organisations',
	'users',
	'sessions',
	'one_time_tokens',
	'calendar_feeds',
	'sign_in_failures',
	'audit_events',
	'outbox',
	'reminder_runs',
	'content_version',
]
