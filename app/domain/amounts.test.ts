import { describe, expect, test } from 'vitest'
import { parseAmount, POUNDS, QUANTITY } from './amounts.ts'

describe('pounds, as pence', () => {
	test.each([
		['101', 10100],
		['101.5', 10150],
		['16.93', 1693],
		['£1,234.56', 123456],
		[' 0.25 ', 25],
		['0', 0],
		['1000000000', 100_000_000_000],
	])('%j is %i pence', (input, pence) => {
		expect(parseAmount(input, POUNDS)).toEqual({ ok: true, hundredths: pence })
	})

	test.each([
		['abc', 'not-a-number'],
		['', 'empty'],
		['£', 'empty'],
		['1e3', 'not-a-number'],
		['-5', 'negative'],
		['1.234', 'too-precise'],
		['1000000000.01', 'too-large'],
		['99999999999', 'too-large'],
	])('%j is refused as %s', (input, problem) => {
		expect(parseAmount(input, POUNDS)).toEqual({ ok: false, problem })
	})

	test.each([
		['17.57334', 1757],
		['17.575', 1758],
		['17.5749999', 1757],
		['1.005', 101],
		['0.995', 100],
		['£1,234.5678', 123457],
		['99.999', 10000],
		['0.004', 0],
	])('rounded to the penny, half a penny up, %j is %i pence', (input, pence) => {
		expect(parseAmount(input, POUNDS, { round: true })).toEqual({ ok: true, hundredths: pence, rounded: true })
	})

	test.each([
		['16.93', 1693],
		['17.570', 1757],
		['12', 1200],
	])('%j has no fraction of a penny: it is %i pence, not rounded', (input, pence) => {
		expect(parseAmount(input, POUNDS, { round: true })).toEqual({ ok: true, hundredths: pence })
	})

	test('rounding to the penny still refuses what is not a sum of money', () => {
		expect(parseAmount('-1.005', POUNDS, { round: true })).toEqual({ ok: false, problem: 'negative' })
		expect(parseAmount('lots', POUNDS, { round: true })).toEqual({ ok: false, problem: 'not-a-number' })
		expect(parseAmount('1000000000.999', POUNDS, { round: true })).toEqual({ ok: false, problem: 'too-large' })
	})
})

describe('quantities, as hundredths', () => {
	test.each([
		['12', 1200],
		['12.5', 1250],
		['1,250.75', 125075],
		['0', 0],
		[' 3.01 ', 301],
		['1000000000', 100_000_000_000],
		['100000000000', 100_000_000_000_00],
	])('%j is %i hundredths', (input, hundredths) => {
		expect(parseAmount(input, QUANTITY)).toEqual({ ok: true, hundredths })
	})

	test.each([
		['', 'empty'],
		['lots', 'not-a-number'],
		['1e3', 'not-a-number'],
		['=SUM(A1)', 'not-a-number'],
		['£12', 'not-a-number'],
		['-1', 'negative'],
		['1.234', 'too-precise'],
		['100000000000.01', 'too-large'],
		['99999999999999', 'too-large'],
	])('%j is refused as %s', (input, problem) => {
		expect(parseAmount(input, QUANTITY)).toEqual({ ok: false, problem })
	})
})
