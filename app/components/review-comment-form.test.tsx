import { expect, test } from 'vitest'
import { commentReplyErrors, reviewFormOf } from './review-comment-form.tsx'

const options = { itemField: 'measureId', decisions: ['score', 'approve', 'reject'], fallback: 'approve' }

test('a submission is answered on the form it came from: a line’s comment form, or a decision', () => {
	expect(reviewFormOf({ intent: 'comment', measureId: '42' }, options)).toBe('comment-42')
	expect(reviewFormOf({ intent: 'reject', measureId: '42' }, options)).toBe('reject')
	expect(reviewFormOf({ intent: 'score' }, options)).toBe('score')
})

test('a submission from no form on the page is answered above the decisions', () => {
	for (const measureId of ['0', '-1', 'NaN', '1e309', '<b>', 'x'.repeat(100), undefined])
		expect(reviewFormOf({ intent: 'comment', measureId }, options)).toBe('approve')
	expect(reviewFormOf({ intent: 'publish' }, options)).toBe('approve')
	expect(reviewFormOf({}, options)).toBe('approve')
})

test('a refused comment’s errors link to that line’s comment box; other answers add none', () => {
	const formId = (id: number) => `comment-${id}-3`
	expect(
		commentReplyErrors(
			{ form: 'comment-42', result: { status: 'error', error: { comment: ['Enter your comment'], '': null } } },
			formId,
		),
	).toEqual([{ text: 'Enter your comment', href: '#comment-42-3-comment' }])
	expect(
		commentReplyErrors({ form: 'reject', result: { status: 'error', error: { rejectReason: ['Enter'] } } }, formId),
	).toEqual([])
	expect(commentReplyErrors(undefined, formId)).toEqual([])
})
