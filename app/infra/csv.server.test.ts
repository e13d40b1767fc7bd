import { parse } from 'csv-parse/sync'
import { expect, test } from 'vitest'
import { csvText } from './csv.server.ts'

test('cells with commas, quotes and line breaks of any kind are quoted; records end in CRLF', () => {
	expect(csvText([['plain', 'a, b', 'say "hi"', '12.5', '', '£3']])).toBe('plain,"a, b","say ""hi""",12.5,,£3\r\n')
	expect(csvText([['Line one\nLine two', 'x']])).toBe('"Line one\nLine two",x\r\n')
	expect(csvText([['Windows\r\nbreak', 'Old Mac\rbreak']])).toBe('"Windows\r\nbreak","Old Mac\rbreak"\r\n')
})

test('what is written reads back as it was, however awkward', () => {
	const rows = [
		['Theme', 'Guidance'],
		['Jobs', 'Line one\nLine two'],
		['Net zero', 'Say "less"\r\nand, mean it'],
		['Café – naïve façade 😀', ''],
	]
	expect(parse(csvText(rows, { bom: true }), { bom: true })).toEqual(rows)
})

test('a byte order mark only when asked for', () => {
	expect(csvText([['a']], { bom: true })).toBe('\ufeffa\r\n')
	expect(csvText([['a']])).toBe('a\r\n')
})
