import { describe, expect, test } from 'vitest'
import { formatBasisPoints, formatQuantity, lineValuePence, matrixTotals, meetsTarget } from './valuation.ts'

describe('quantities', () => {
	test('format', () => {
		expect(formatQuantity(125075)).toBe('1,250.75')
		expect(formatQuantity(1250)).toBe('12.5')
		expect(formatQuantity(1200)).toBe('12')
	})
})

describe('line values', () => {
	test('quantity × proxy value, in whole pence', () => {
		expect(lineValuePence(100_00, 1693)).toBe(169_300) // 100 hours × £16.93
		expect(lineValuePence(2_50, 10100)).toBe(25_250) // 2.5 expert hours × £101
	})
	test('halves round away from zero; below half rounds down', () => {
		expect(lineValuePence(1_50, 1693)).toBe(2540) // 2539.5 → 2540
		expect(lineValuePence(1, 49)).toBe(0) // 0.49p → 0
		expect(lineValuePence(1, 50)).toBe(1) // 0.5p → 1
		expect(lineValuePence(33, 101)).toBe(33) // 33.33p → 33
	})
	test('record-only lines have no value', () => {
		expect(lineValuePence(5_00, null)).toBeNull()
	})
	test('very large products stay exact', () => {
		expect(lineValuePence(90_000_000_000_00, 99_999_99)).toBe(899_999_910_000_000_000)
	})
})

test('10,000 lines sum exactly in pence, by theme and overall', () => {
	const lines = Array.from({ length: 10_000 }, (_, i) => ({
		themeName: `Theme ${i % 5}`,
		valuePence: lineValuePence(((i * 37) % 100_000) + 1, i % 7 === 0 ? null : ((i * 13) % 50_000) + 1),
	}))
	let expected = 0n
	for (const line of lines) expected += BigInt(line.valuePence ?? 0)
	const totals = matrixTotals(lines, 1_000_000_000_00)
	expect(BigInt(totals.totalPence)).toBe(expected)
	expect(totals.byTheme.reduce((sum, theme) => sum + theme.totalPence, 0)).toBe(totals.totalPence)
	expect(totals.byTheme).toHaveLength(5)
})

test('percentage of the contract value and the target', () => {
	const totals = matrixTotals(
		[
			{ themeName: 'A', valuePence: 12_345_00 },
			{ themeName: 'B', valuePence: null },
		],
		100_000_00,
	)
	expect(totals.percentOfContractBasisPoints).toBe(1235)
	expect(formatBasisPoints(1235)).toBe('12.35%')
	expect(formatBasisPoints(1000)).toBe('10%')
	expect(meetsTarget(totals, 10)).toBe(true)
	expect(meetsTarget(totals, 15)).toBe(false)
	expect(meetsTarget(totals, null)).toBeNull()
	expect(matrixTotals([], 0).percentOfContractBasisPoints).toBeNull()
})
