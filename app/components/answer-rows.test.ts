import { expect, test } from 'vitest'
import { answerRows } from './answer-rows.ts'

test('each answer is a row whose value keeps its line breaks', () => {
	expect(answerRows([['Method statement', 'First\nSecond']])).toEqual([
		{ key: { text: 'Method statement' }, value: { text: 'First\nSecond', classes: 'app-preserve-lines' } },
	])
	expect(answerRows([])).toEqual([])
})
