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
		expect(importedNotice(1)).toBe('edition-imported')
		expect(noticeMessage(importedNotice(3))).toBe(
			'Spreadsheet imported. The header row was row 3: the rows above it were skipped.',
		)
		expect(noticeMessage('edition-imported-header-row-1')).toBeUndefined()
		expect(noticeMessage('edition-imported-header-row-999')).toBeUndefined()
	})

	it('adds the notice after any other query parameters, and the fragment last', () => {
		expect(withNotice('/matrices/4', 'line-saved')).toBe('/matrices/4?notice=line-saved')
		expect(withNotice('/manage/matrices/4', 'comment-added', { search: { 'lines-page': 2 }, hash: 'line-9' })).toBe(
			'/manage/matrices/4?lines-page=2&notice=comment-added#line-9',
		)
	})
})
