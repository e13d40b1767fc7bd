import { expect, test } from 'vitest'
import { cellText, columnLabel, columnNumber, normaliseHeader, quoted, sheetDateParts } from './spreadsheet-cells.ts'

test('a cell reads as trimmed text, whatever the reader gave', () => {
	expect(cellText(null)).toBe('')
	expect(cellText(undefined)).toBe('')
	expect(cellText(true)).toBe('TRUE')
	expect(cellText(false)).toBe('FALSE')
	expect(cellText(new Date(Date.UTC(2028, 2, 31)))).toBe('2028-03-31')
	expect(cellText('  two\r\nlines\rhere ')).toBe('two\nlines\nhere')
})

test('a milestone date from an Excel date, typed the UK way, or as in files from before', () => {
	expect(sheetDateParts(new Date(Date.UTC(2028, 8, 30)))).toEqual({ day: '30', month: '9', year: '2028' })
	expect(sheetDateParts('31/3/2028')).toEqual({ day: '31', month: '3', year: '2028' })
	expect(sheetDateParts('2029-03-31')).toEqual({ day: '31', month: '03', year: '2029' })
	// Anything else is left for the line rules to refuse.
	expect(sheetDateParts('next spring')).toEqual({ day: 'next spring' })
	expect(sheetDateParts(null)).toEqual({ day: '' })
})

test('column letters back to their index, and labelled with their heading', () => {
	expect(['A', 'F', 'Z', 'AA', 'AB', 'ZZ', 'AAA'].map(columnNumber)).toEqual([0, 5, 25, 26, 27, 701, 702])
	const columns = [{ header: 'Code' }, { header: 'Quantity' }]
	expect(columnLabel(columns, 1)).toBe('B (Quantity)')
	expect(columnLabel(columns, 2)).toBe('C')
})

test('headings compare without case, spacing or curly apostrophes', () => {
	expect(normaliseHeader('  Supplier’s   NAME ')).toBe("supplier's name")
	expect(quoted('V-1')).toBe('‘V-1’')
})
