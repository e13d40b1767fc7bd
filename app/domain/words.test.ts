import { expect, test } from 'vitest'
import { countOf } from './words.ts'

test('a count takes the plural except for one', () => {
	expect(countOf(0, 'theme')).toBe('0 themes')
	expect(countOf(1, 'theme')).toBe('1 theme')
	expect(countOf(12, 'measure')).toBe('12 measures')
})
