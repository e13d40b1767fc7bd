import { expect, test } from 'vitest'
import { countOf, pluralWord } from './plural.ts'

test('one takes the singular, every other count the plural', () => {
	expect(countOf(1, 'measure')).toBe('1 measure')
	expect(countOf(0, 'measure')).toBe('0 measures')
	expect(countOf(2, 'theme')).toBe('2 themes')
})

test('irregular plurals are given', () => {
	expect(countOf(1, 'matrix', 'matrices')).toBe('1 matrix')
	expect(countOf(3, 'matrix', 'matrices')).toBe('3 matrices')
	expect(pluralWord(1, 'has', 'have')).toBe('has')
	expect(pluralWord(4, 'has', 'have')).toBe('have')
})

test('large counts are grouped in thousands', () => {
	expect(countOf(12_500, 'contract')).toBe('12,500 contracts')
})
