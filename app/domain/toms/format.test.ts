import { expect, test } from 'vitest'
import { describeEditionSize, describeProxyValue } from './format.ts'
import { formatPounds, parsePounds, penceToDecimal } from './money.ts'

test('proxy values read as £ per unit', () => {
	expect(describeProxyValue('expert_hours', 10100)).toBe('£101.00 per expert hour')
	expect(describeProxyValue('tonnes_co2e', 24463)).toBe('£244.63 per tonne CO2e')
	expect(describeProxyValue('pounds', 25)).toBe('£0.25 per £1')
	expect(describeProxyValue('hours', null)).toBe('Record only')
	expect(describeProxyValue('text', null)).toBe('Qualitative (no £ value)')
})

test.each([
	['101', 10100],
	['101.5', 10150],
	['16.93', 1693],
	['£1,234.56', 123456],
	[' 0.25 ', 25],
	['0', 0],
])('%j is %i pence', (input, pence) => {
	expect(parsePounds(input)).toEqual({ ok: true, pence })
})

test.each([
	['abc', 'not-a-number'],
	['', 'not-a-number'],
	['1e3', 'not-a-number'],
	['-5', 'negative'],
	['1.234', 'too-precise'],
	['99999999999', 'too-large'],
])('%j is refused as %s', (input, problem) => {
	expect(parsePounds(input)).toEqual({ ok: false, problem })
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
	expect(parsePounds(input, { roundToPenny: true })).toEqual({ ok: true, pence, rounded: true })
})

test.each([
	['16.93', 1693],
	['17.570', 1757],
	['12', 1200],
])('%j has no fraction of a penny: it is %i pence, not rounded', (input, pence) => {
	expect(parsePounds(input, { roundToPenny: true })).toEqual({ ok: true, pence })
})

test('rounding to the penny still refuses what is not a sum of money', () => {
	expect(parsePounds('-1.005', { roundToPenny: true })).toEqual({ ok: false, problem: 'negative' })
	expect(parsePounds('lots', { roundToPenny: true })).toEqual({ ok: false, problem: 'not-a-number' })
	expect(parsePounds('1000000000.999', { roundToPenny: true })).toEqual({ ok: false, problem: 'too-large' })
})

test('pence format for people and for spreadsheets', () => {
	expect(formatPounds(123456789)).toBe('£1,234,567.89')
	expect(penceToDecimal(1693)).toBe('16.93')
	expect(penceToDecimal(5)).toBe('0.05')
})

test('an edition’s size agrees in number with its counts', () => {
	expect(describeEditionSize(43, 5)).toBe('43 measures in 5 themes')
	expect(describeEditionSize(0, 1)).toBe('0 measures in 1 theme')
	expect(describeEditionSize(1, 1)).toBe('1 measure in 1 theme')
})
