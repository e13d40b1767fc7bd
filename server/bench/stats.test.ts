import { describe, expect, test } from 'vitest'
import { childProcessIds, cpuTicks, latencySummary, peakMemoryBytes, percentile, sumOrNull } from './stats.ts'

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
		expect(peakMemoryBytes('Name:\tnode\nVmPeak:\t  1200000 kB\nVmHWM:\t   153600 kB\nVmRSS:\t   120000 kB\n')).toBe(
			153_600 * 1024,
		)
	})

	test('is null when the line is missing', () => {
		expect(peakMemoryBytes('Name:\tnode\n')).toBeNull()
	})
})

describe('cpuTicks', () => {
	test('adds user and system time, whatever the command name holds', () => {
		const stat =
			'4242 (node (tsx) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 1234 56 0 0 20 0 12 0 100 2000000 50000 18446744073709551615'
		expect(cpuTicks(stat)).toBe(1290)
	})

	test('is null for text that is not a stat line', () => {
		expect(cpuTicks('nonsense')).toBeNull()
	})
})

test('childProcessIds reads the list the kernel keeps of a process’s children', () => {
	expect(childProcessIds('4121 4122 ')).toEqual([4121, 4122])
	expect(childProcessIds('')).toEqual([])
})

test('sumOrNull adds up, unless a value is missing', () => {
	expect(sumOrNull([1, 2, 3])).toBe(6)
	expect(sumOrNull([])).toBe(0)
	expect(sumOrNull([1, null])).toBeNull()
})
