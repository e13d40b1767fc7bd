import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { Form } from 'react-router'
import { textareaFieldProps } from './field-props.ts'
import type { SummaryError } from './form-error-summary.tsx'
import { Button } from './govuk/button.tsx'
import { Textarea } from './govuk/textarea.tsx'

/**
 * The answer to one of a page's several forms: which form it was (so the answer goes back to
 * that form alone) and Conform's reply.
 */
export type FormReply = { form: string; result: SubmissionResult<string[]> }

const COMMENT_FORM = /^comment-([1-9]\d{0,15})$/

/**
 * Which form on a review page a submission came from: a line's comment form (`comment-<id>`,
 * the line's id sent in `itemField`), or one of the decisions. A submission from no form on the
 * page (out of date, or tampered with) is answered on `fallback`, whose errors sit above the
 * decisions.
 */
export function reviewFormOf(
	payload: Record<string, unknown>,
	{ itemField, decisions, fallback }: { itemField: string; decisions: readonly string[]; fallback: string },
): string {
	const { intent } = payload
	const form = `comment-${String(payload[itemField])}`
	if (intent === 'comment' && COMMENT_FORM.test(form)) return form
	return typeof intent === 'string' && decisions.includes(intent) ? intent : fallback
}

/**
 * A refused comment's errors for the page's error summary. Each line's comment form keeps its
 * own state, so the page reads the answer it was sent: every error links to that comment box,
 * whose form id `formId` gives from the line's id.
 */
export function commentReplyErrors(reply: FormReply | undefined, formId: (itemId: number) => string): SummaryError[] {
	const itemId = COMMENT_FORM.exec(reply?.form ?? '')?.[1]
	if (!reply || itemId === undefined) return []
	const messages = Object.values(reply.result.error ?? {}).flatMap((list) => list ?? [])
	return messages.map((text) => ({ text, href: `#${formId(Number(itemId))}-comment` }))
}

/** A reviewer's comment on one line; a refused comment comes back as typed, with its error. */
export function ReviewCommentForm({
	id,
	itemField,
	itemId,
	code,
	hint,
	lastResult,
}: {
	/** The form's id: a new one starts the form afresh. */
	id: string
	/** The hidden field naming the line, and the line's id. */
	itemField: string
	itemId: number
	/** The line's measure code, naming the box and its button. */
	code: string
	hint: string
	lastResult: SubmissionResult<string[]> | undefined
}) {
	const [form, fields] = useForm<{ comment: string }>({ id, lastResult })
	const { key, ...comment } = textareaFieldProps(fields.comment)
	return (
		<Form method="post" {...getFormProps(form)}>
			<input type="hidden" name={itemField} value={itemId} />
			<Textarea
				key={key}
				label={{ text: `Comment on ${code}`, classes: 'govuk-label--s' }}
				hint={{ text: hint }}
				rows={2}
				{...comment}
			/>
			<Button name="intent" value="comment" classes="govuk-button--secondary">
				Add comment<span className="govuk-visually-hidden"> on {code}</span>
			</Button>
		</Form>
	)
}
