import { describe, expect, it } from 'vitest'
import { importedNotice, noticeMessage, withNotice } from './notices.ts'

describe('notices', () => {
	it('shows only the messages on the list', () => {
		expect(noticeMessage('line-saved')).toBe('Saved.')
		expect(noticeMessage('<script>')).toBeUndefined()
		expect(noticeMessage('toString')).toBeUndefined()
		expect(noticeMessage(null)).toBeUndefined()
	})

	it('names the header row of an imported spreadsheet only within the rows searched', () => {
		expect(importedNotice({ headerRow: 1, roundedCount: 0 })).toBe('edition-imported')
		expect(noticeMessage(importedNotice({ headerRow: 3, roundedCount: 0 }))).toBe(
			'Spreadsheet imported. The header row was row 3: the rows above it were skipped.',
		)
		expect(noticeMessage('edition-imported-header-row-1')).toBeUndefined()
		expect(noticeMessage('edition-imported-header-row-999')).toBeUndefined()
	})

	it('says how many proxy values an import rounded to the penny, with the header row when it was not the first', () => {
		expect(importedNotice({ headerRow: 1, roundedCount: 1 })).toBe('edition-imported-rounded-1')
		expect(noticeMessage(importedNotice({ headerRow: 1, roundedCount: 1 }))).toBe(
			'Spreadsheet imported. 1 proxy value with fractions of a penny was rounded to the nearest penny.',
		)
		expect(noticeMessage(importedNotice({ headerRow: 1, roundedCount: 1250 }))).toBe(
			'Spreadsheet imported. 1,250 proxy values with fractions of a penny were rounded to the nearest penny.',
		)
		expect(importedNotice({ headerRow: 3, roundedCount: 2 })).toBe('edition-imported-header-row-3-rounded-2')
		expect(noticeMessage(importedNotice({ headerRow: 3, roundedCount: 2 }))).toBe(
			'Spreadsheet imported. The header row was row 3: the rows above it were skipped. 2 proxy values with fractions of a penny were rounded to the nearest penny.',
		)
		for (const crafted of [
			'edition-imported-rounded-0',
			'edition-imported-rounded-01',
			'edition-imported-rounded-',
			'edition-imported-rounded-99999999999999999999',
			'edition-imported-header-row-99-rounded-2',
			'edition-imported-rounded-2-header-row-3',
		]) {
			expect(noticeMessage(crafted), crafted).toBeUndefined()
		}
	})

	it('adds the notice after any other query parameters, and the fragment last', () => {
		expect(withNotice('/matrices/4', 'line-saved')).toBe('/matrices/4?notice=line-saved')
		expect(withNotice('/manage/matrices/4', 'comment-added', { search: { 'lines-page': 2 }, hash: 'line-9' })).toBe(
			'/manage/matrices/4?lines-page=2&notice=comment-added#line-9',
		)
	})

	it('says how many returns were approved at once, for a count one confirmation can approve', () => {
		expect(noticeMessage('returns-approved-3')).toBe('3 returns approved. The suppliers have been told by email.')
		expect(noticeMessage('returns-approved-1')).toBe('1 return approved. The supplier has been told by email.')
		for (const key of ['returns-approved-0', 'returns-approved-201', 'returns-approved-03', 'returns-approved-x'])
			expect(noticeMessage(key)).toBeUndefined()
	})
})
