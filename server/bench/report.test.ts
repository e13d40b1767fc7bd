import { expect, test } from 'vitest'
import { resultsDocument, resultsTables, targetLines } from './report.ts'
import type { BenchResults } from './targets.ts'

const results: BenchResults = {
	ceiling: {
		name: 'Minimal route',
		path: '/healthz',
		p50: 1.2,
		p95: 2.4,
		p99: 3.1,
		requestsPerSecond: 5000,
		requests: 25_000,
		cpuMsPerRequest: 0.18,
		bytes: 2,
	},
	pages: [
		{
			name: 'Dashboard',
			path: '/manage/dashboard',
			p50: 40,
			p95: 60.4,
			p99: 75,
			requestsPerSecond: 1000,
			requests: 5000,
			cpuMsPerRequest: null,
			bytes: 150_000,
		},
	],
	reminders: [{ label: 'Reminders, 50,000 periods', periods: 50_000, queued: 51_000, ms: 12_345 }],
	peakMemoryBytes: 180 * 1024 * 1024,
	serverProcesses: 1,
}

test('resultsTables shows each page against the ceiling', () => {
	expect(resultsTables(results)).toEqual([
		'| Page | Path | p50 | p95 | p99 | Requests/s | Of ceiling | Server CPU per response | Size |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		'| Minimal route (ceiling) | `/healthz` | 1.2 ms | 2.4 ms | 3.1 ms | 5,000 | 100% | 0.2 ms | 1 KB |',
		'| Dashboard | `/manage/dashboard` | 40 ms | 60 ms | 75 ms | 1,000 | 20% |  | 146 KB |',
		'',
		'| Reminder run | Periods | Emails queued | Time |',
		'| --- | ---: | ---: | ---: |',
		'| Reminders, 50,000 periods | 50,000 | 51,000 | 12.3 s |',
		'',
		'Server peak memory (VmHWM): 180 MB',
	])
})

test('a download timed alone first says how long that took, under the table', () => {
	const download = {
		...results.pages[0]!,
		name: 'Delivery export (CSV)',
		path: '/manage/exports/delivery/csv',
		firstMs: 2480,
	}
	const lines = resultsTables({ ...results, pages: [...results.pages, download] })
	expect(lines.slice(4, 7)).toEqual([
		'| Delivery export (CSV) | `/manage/exports/delivery/csv` | 40 ms | 60 ms | 75 ms | 1,000 | 20% |  | 146 KB |',
		'',
		'- Delivery export (CSV): the first response, asked for alone before the others, took 2480 ms.',
	])
})

test('the memory of a server of several processes is their sum, and says so', () => {
	expect(resultsTables({ ...results, serverProcesses: 3 }).at(-1)).toBe(
		'Server peak memory (VmHWM, added up over its 3 processes): 180 MB',
	)
})

test('the upload and preview of a large spreadsheet, when run, has a table and a target of its own', () => {
	const withImport = {
		...results,
		importPreview: { measures: 2000, fileBytes: 900_000, runs: 3, ms: 1234, bytes: 2_000_000 },
	}
	expect(resultsTables(withImport).slice(-5)).toEqual([
		'| Import | Runs | Time | Preview size |',
		'| --- | ---: | ---: | ---: |',
		'| Upload and preview, 2,000 measures (879 KB CSV) | slowest of 3 | 1.2 s | 1,953 KB |',
		'',
		'Server peak memory (VmHWM): 180 MB',
	])
	expect(targetLines(withImport)[0]).toContain('a 2,000-measure spreadsheet uploaded and previewed under 5.0 s')
	expect(targetLines(results)[0]).not.toContain('spreadsheet')
})

test('targetLines lists what was missed', () => {
	expect(targetLines(results).slice(2)).toEqual([
		'Missed:',
		'- Dashboard: 20% of the ceiling’s throughput is under 25%',
		'- Reminders, 50,000 periods: 12.3 s is not under 10.0 s',
	])
})

test('resultsDocument says when, where and on what data', () => {
	const document = resultsDocument(results, {
		date: new Date('2026-12-01T10:00:00Z'),
		cpus: 2,
		cpuModel: 'Test CPU',
		nodeVersion: 'v20.20.2',
		loadAverage: { start: 0.4, end: 1.25 },
		scale: 1,
		connections: 10,
		duration: 5,
		dataset: ['500 contracts'],
	})
	expect(document).toContain(
		'- Date: 2026-12-01\n- Machine: 2 CPUs (Test CPU), Node.js v20.20.2; load average 0.40 when the run began, 1.25 when it ended (other work on the machine slows every page)\n',
	)
	expect(document).toContain('- Data (scale 1): 500 contracts\n')
	expect(
		document.endsWith(
			'Missed:\n- Dashboard: 20% of the ceiling’s throughput is under 25%\n- Reminders, 50,000 periods: 12.3 s is not under 10.0 s\n',
		),
	).toBe(true)
})
