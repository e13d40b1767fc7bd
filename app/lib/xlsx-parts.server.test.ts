import { zipSync } from 'fflate'
import { expect, test } from 'vitest'
import { readMatrixWorkbook } from './matrix-spreadsheet.server.ts'
import { readSpreadsheet } from './toms-spreadsheet.server.ts'
import { MAX_INFLATED_BYTES, TOO_LARGE_INFLATED, inflatesTooLarge } from './xlsx-parts.server.ts'

// A small upload that would unpack to more than any real workbook: refused before it is opened.
const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(MAX_INFLATED_BYTES + 1) }, { level: 9 })

test('a workbook that unpacks to too much is refused before it is read, in both uploads', async () => {
	expect(bomb.byteLength).toBeLessThan(1024 * 1024)
	expect(inflatesTooLarge(bomb)).toBe(true)
	expect(inflatesTooLarge(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }))).toBe(false)
	expect(await readMatrixWorkbook(bomb)).toEqual({ ok: false, problems: [{ sheet: null, row: null, column: null, message: TOO_LARGE_INFLATED }] })
	const toms = await readSpreadsheet({ name: 'toms.xlsx', type: '', bytes: bomb })
	expect(toms.ok).toBe(false)
	expect(JSON.stringify(toms)).toContain(TOO_LARGE_INFLATED)
})
