import type { Submission, SubmissionResult } from '@conform-to/react'

export const RELOAD_AND_TRY_AGAIN = 'Reload the page and try again'

/**
 * The reply to a form that failed its checks. Some fields are typed by nobody: the version
 * the page was loaded at, the button that was pressed, the id of what it is about. When one
 * of those is wrong the page is out of date or was tampered with, and an error against a
 * field nobody can see would leave the page with no message at all, so the person is told to
 * reload it instead.
 */
export function invalidFormReply<Schema>(
	submission: Submission<Schema>,
	unseenFields: readonly string[],
	options: { hideFields?: string[] } = {},
): SubmissionResult {
	const unseenWrong = submission.status !== 'success' && unseenFields.some((name) => submission.error?.[name])
	return submission.reply(unseenWrong ? { ...options, formErrors: [RELOAD_AND_TRY_AGAIN] } : options)
}

/**
 * The reply as a page's main form takes it. Beside it the page may have forms that send none
 * of its fields, such as a Delete button's: a reply to one of those (`otherIntents`) brings
 * its errors, and the main form keeps the values it shows instead of the ones not sent.
 */
export function mainFormReply(
	result: SubmissionResult | undefined,
	otherIntents: readonly string[],
): SubmissionResult | undefined {
	const intent = result?.initialValue?.intent
	return result && typeof intent === 'string' && otherIntents.includes(intent)
		? { ...result, initialValue: undefined }
		: result
}

/**
 * The reply to a form whose values a service refused: the message against the field it names,
 * or above the form when it is about the whole of it (the page was out of date, say).
 */
export function refusalReply<Schema>(
	submission: Submission<Schema>,
	refusal: { message: string; field?: string | null | undefined },
): SubmissionResult {
	return refusal.field
		? submission.reply({ fieldErrors: { [refusal.field]: [refusal.message] } })
		: submission.reply({ formErrors: [refusal.message] })
}
