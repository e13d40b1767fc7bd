import { expect, test } from 'vitest'
import { matrixTotalsRows } from './matrix-totals-rows.ts'

const totals = {
	totalPence: 20_200_00,
	byTheme: [
		{ themeName: 'Jobs', totalPence: 20_000_00 },
		{ themeName: 'Environment', totalPence: 200_00 },
	],
	percentOfContractBasisPoints: 404,
}

test('a row per theme, then the total in bold, then the share of the contract value against the target', () => {
	expect(matrixTotalsRows(totals, 5)).toEqual([
		[{ text: 'Jobs' }, { text: '£20,000.00', format: 'numeric' }],
		[{ text: 'Environment' }, { text: '£200.00', format: 'numeric' }],
		[{ text: 'Total' }, { text: '£20,200.00', format: 'numeric', classes: 'govuk-!-font-weight-bold' }],
		[{ text: 'Share of the contract value' }, { text: '4.04% (target 5%)', format: 'numeric' }],
	])
})

test('without a contract value the share is not known; without a target none is named', () => {
	const rows = matrixTotalsRows({ ...totals, percentOfContractBasisPoints: null }, null)
	expect(rows.at(-1)).toEqual([{ text: 'Share of the contract value' }, { text: 'Not known', format: 'numeric' }])
})
