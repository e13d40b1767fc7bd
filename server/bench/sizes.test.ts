import { expect, test } from 'vitest'
import { benchSizes } from './sizes.ts'

test('scale 1 is the full dataset', () => {
	expect(benchSizes(1)).toEqual({
		measures: 200,
		tenders: 300,
		suppliers: 2000,
		contracts: 500,
		commitmentsPerContract: 10,
		periodsPerContract: 10,
		matrixLines: 50,
		comparedMatrices: 20,
		incumbents: 50,
	})
})

test('a small scale keeps enough measures and suppliers for a 50-line matrix and its comparison', () => {
	expect(benchSizes(0.01)).toMatchObject({ measures: 50, tenders: 3, suppliers: 21, contracts: 5, incumbents: 21 })
})

test('a scale of 0 or less is refused', () => {
	expect(() => benchSizes(0)).toThrow('Scale must be more than 0, not 0')
})
