import { expect, test } from 'vitest'
import { describeEditionSize } from './format.ts'
import { formatPounds, penceToDecimal } from './money.ts'

test('pence format for people and for spreadsheets', () => {
	expect(formatPounds(123456789)).toBe('£1,234,567.89')
	expect(penceToDecimal(1693)).toBe('16.93')
	expect(penceToDecimal(5)).toBe('0.05')
})

test('an edition’s size agrees in number with its counts', () => {
	expect(describeEditionSize(43, 5)).toBe('43 measures in 5 themes')
	expect(describeEditionSize(0, 1)).toBe('0 measures in 1 theme')
	expect(describeEditionSize(1, 1)).toBe('1 measure in 1 theme')
})
