import type { SummaryListRow } from './govuk/summary-list.tsx'

/** A question and its answer, as words. */
export type Answer = [question: string, answer: string]

/** Questions and answers as summary list rows: an answer keeps the line breaks it was typed with. */
export function answerRows(answers: Answer[]): SummaryListRow[] {
	return answers.map(([question, answer]) => ({
		key: { text: question },
		value: { text: answer, classes: 'app-preserve-lines' },
	}))
}
