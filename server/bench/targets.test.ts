import { describe, expect, test } from 'vitest'
import { missedTargets, shareOfCeiling, slowestPage, type BenchResults, type PageResult } from './targets.ts'

function page(name: string, p95: number, requestsPerSecond: number): PageResult {
	return {
		name,
		path: `/${name}`,
		p50: p95 / 2,
		p95,
		p99: p95 * 1.2,
		requestsPerSecond,
		requests: requestsPerSecond * 5,
		cpuMsPerRequest: null,
		bytes: 1000,
	}
}

const ceiling = page('healthz', 3, 4000)

function results(overrides: Partial<BenchResults> = {}): BenchResults {
	return {
		ceiling,
		pages: [page('toms', 40, 1200), page('dashboard', 80, 1000)],
		reminders: [
			{ label: 'Reminders, every period', periods: 5000, queued: 1000, ms: 900 },
			{ label: 'Reminders, 50,000 periods', periods: 50_000, queued: 40_000, ms: 8000 },
		],
		peakMemoryBytes: 200 * 1024 * 1024,
		serverProcesses: 1,
		...overrides,
	}
}

test('shareOfCeiling divides throughputs', () => {
	expect(shareOfCeiling(page('a', 1, 1000), ceiling)).toBe(0.25)
	expect(shareOfCeiling(page('a', 1, 1000), page('zero', 1, 0))).toBe(0)
})

test('slowestPage has the lowest throughput', () => {
	expect(slowestPage(results().pages)?.name).toBe('dashboard')
	expect(slowestPage([])).toBeNull()
})

describe('missedTargets', () => {
	test('none when every target is met', () => {
		expect(missedTargets(results())).toEqual([])
	})

	test('a page at 100 ms p95 misses: the target is under 100', () => {
		expect(missedTargets(results({ pages: [page('report', 100, 1500)] }))).toEqual([
			'report: p95 100 ms is not under 100 ms',
		])
	})

	test('the slowest page below a quarter of the ceiling misses', () => {
		expect(missedTargets(results({ pages: [page('toms', 40, 1200), page('export', 90, 900)] }))).toEqual([
			'export: 23% of the ceiling’s throughput is under 25%',
		])
	})

	test('a slow or missing 50,000-period reminder run misses', () => {
		expect(
			missedTargets(results({ reminders: [{ label: 'Big run', periods: 50_000, queued: 1, ms: 10_000 }] })),
		).toEqual(['Big run: 10.0 s is not under 10.0 s'])
		expect(missedTargets(results({ reminders: [{ label: 'Small run', periods: 49_999, queued: 1, ms: 10 }] }))).toEqual(
			['No reminder run covered 50,000 periods'],
		)
	})

	test('an import preview of 5 s or more misses; one not run is not judged', () => {
		const importPreview = { measures: 2000, fileBytes: 900_000, runs: 3, ms: 5000, bytes: 2_000_000 }
		expect(missedTargets(results({ importPreview }))).toEqual([
			'Import preview, 2,000 measures: 5.0 s is not under 5.0 s',
		])
		expect(missedTargets(results({ importPreview: { ...importPreview, ms: 4999 } }))).toEqual([])
	})

	test('memory at the limit, or unknown, misses', () => {
		expect(missedTargets(results({ peakMemoryBytes: 300 * 1024 * 1024 }))).toEqual([
			'Server peak memory 300 MB is not under 300 MB',
		])
		expect(missedTargets(results({ peakMemoryBytes: null }))).toEqual(['The server’s peak memory could not be read'])
	})
})
