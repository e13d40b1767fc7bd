import { describe, expect, test } from 'vitest'
import { latencySummary, peakMemoryBytes, percentile } from './stats.ts'

describe('percentile', () => {
	const hundred = Array.from({ length: 100 }, (_, i) => i + 1)

	test('takes the nearest rank', () => {
		expect(percentile(hundred, 50)).toBe(50)
		expect(percentile(hundred, 95)).toBe(95)
		expect(percentile(hundred, 99)).toBe(99)
		expect(percentile(hundred, 100)).toBe(100)
		expect(percentile([7], 95)).toBe(7)
	})

	test('of nothing is not a number', () => {
		expect(percentile([], 50)).toBeNaN()
	})
})

test('latencySummary sorts before it ranks', () => {
	const latencies = [...Array.from({ length: 95 }, () => 2), 40, 50, 60, 70, 80].reverse()
	expect(latencySummary(latencies)).toEqual({ p50: 2, p95: 2, p99: 70 })
})

describe('peakMemoryBytes', () => {
	test('reads VmHWM in bytes', () => {
		expect(peakMemoryBytes('Name:\tnode\nVmPeak:\t  1200000 kB\nVmHWM:\t   153600 kB\nVmRSS:\t   120000 kB\n')).toBe(153_600 * 1024)
	})

	test('is null when the line is missing', () => {
		expect(peakMemoryBytes('Name:\tnode\n')).toBeNull()
	})
})
