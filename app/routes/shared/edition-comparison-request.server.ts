import type { SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { z } from 'zod'
import { isStaffOf } from '#app/domain/roles.ts'
import { getUser } from '#app/lib/auth.server.ts'
import { type ComparableEdition, findComparableEdition } from '#app/lib/toms-compare.server.ts'

export const FROM_MISSING = 'Select the edition to compare from'
export const TO_MISSING = 'Select the edition to compare with'
export const SAME_EDITION = 'Select two different editions'
export const FROM_NOT_FOUND = 'The edition to compare from was not found'
export const TO_NOT_FOUND = 'The edition to compare with was not found'

/** An edition as the select sends it: its id. Anything else names no edition. */
function editionChoice(message: string) {
	return z
		.string({ error: message })
		.trim()
		.regex(/^[1-9][0-9]{0,9}$/, message)
		.transform(Number)
}

export const CompareSchema = z
	.object({ from: editionChoice(FROM_MISSING), to: editionChoice(TO_MISSING) })
	.refine((value) => value.from !== value.to, { path: ['to'], message: SAME_EDITION })

export type ComparisonRequest =
	/** Nothing asked yet: the page shows the form alone. */
	| { state: 'blank'; includeDrafts: boolean }
	| { state: 'refused'; includeDrafts: boolean; result: SubmissionResult; status: 400 | 404 }
	| {
			state: 'ready'
			includeDrafts: boolean
			result: SubmissionResult
			from: ComparableEdition
			to: ComparableEdition
	  }

/**
 * Two of the council's editions asked for in the query string (`?from=3&to=5`), as the page
 * and its CSV read them. Only the council's own administrator may compare its drafts; to
 * anyone else a draft, like another council's edition, is not found.
 */
export function readComparisonRequest(request: Request, councilId: number): ComparisonRequest {
	const user = getUser(request)
	const includeDrafts = user?.role === 'admin' && isStaffOf(user, councilId)
	const params = new URL(request.url).searchParams
	if (!params.has('from') && !params.has('to')) return { state: 'blank', includeDrafts }
	const submission = parseWithZod(params, { schema: CompareSchema })
	if (submission.status !== 'success')
		return { state: 'refused', includeDrafts, result: submission.reply(), status: 400 }
	const from = findComparableEdition(councilId, submission.value.from, includeDrafts)
	const to = findComparableEdition(councilId, submission.value.to, includeDrafts)
	if (!from || !to) {
		const fieldErrors = { ...(from ? {} : { from: [FROM_NOT_FOUND] }), ...(to ? {} : { to: [TO_NOT_FOUND] }) }
		return { state: 'refused', includeDrafts, result: submission.reply({ fieldErrors }), status: 404 }
	}
	return { state: 'ready', includeDrafts, result: submission.reply(), from, to }
}
