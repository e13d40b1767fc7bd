import { expect, test } from 'vitest'
import { headerRowOf, previewSearch } from './import-header-row.ts'

const preview = (search: string) => new URL(`http://localhost/admin/toms/1/import/2${search}`)

test('a header row below the first travels with the preview address and reads back', () => {
	expect(previewSearch(1)).toBe('')
	expect(previewSearch(3)).toBe('?headerRow=3')
	expect(headerRowOf(preview(previewSearch(3)))).toBe(3)
	expect(headerRowOf(preview(''))).toBe(1)
})

test('a made-up header row outside the rows searched is ignored', () => {
	for (const search of ['?headerRow=11', '?headerRow=0', '?headerRow=2.5', '?headerRow=x', '?headerRow=-3']) {
		expect(headerRowOf(preview(search))).toBe(1)
	}
})
