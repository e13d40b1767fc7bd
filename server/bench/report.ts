import {
	formatMegabytes,
	formatMs,
	formatSeconds,
	formatShare,
	missedTargets,
	shareOfCeiling,
	targets,
	type BenchResults,
} from './targets.ts'

export type BenchSetting = {
	date: Date
	cpus: number
	cpuModel: string
	nodeVersion: string
	loadAverage: { start: number; end: number }
	scale: number
	connections: number
	duration: number
	dataset: string[]
}

function table(header: string[], rows: string[][], numericFrom: number): string[] {
	const align = header.map((_, i) => (i >= numericFrom ? '---:' : '---'))
	return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`)
}

function kilobytes(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`
}

/** The pages, the reminder runs and the server's memory as Markdown tables. */
export function resultsTables(results: BenchResults): string[] {
	const { ceiling } = results
	const pageRows = [ceiling, ...results.pages].map((page) => [
		page === ceiling ? `${page.name} (ceiling)` : page.name,
		`\`${page.path}\``,
		formatMs(page.p50),
		formatMs(page.p95),
		formatMs(page.p99),
		Math.round(page.requestsPerSecond).toLocaleString('en-GB'),
		formatShare(shareOfCeiling(page, ceiling)),
		page.cpuMsPerRequest === null ? '' : formatMs(page.cpuMsPerRequest),
		kilobytes(page.bytes),
	])
	const firstResponses = results.pages.flatMap((page) =>
		page.firstMs === undefined
			? []
			: [`- ${page.name}: the first response, asked for alone before the others, took ${formatMs(page.firstMs)}.`],
	)
	const reminderRows = results.reminders.map((run) => [
		run.label,
		run.periods.toLocaleString('en-GB'),
		run.queued.toLocaleString('en-GB'),
		formatSeconds(run.ms),
	])
	return [
		...table(
			['Page', 'Path', 'p50', 'p95', 'p99', 'Requests/s', 'Of ceiling', 'Server CPU per response', 'Size'],
			pageRows,
			2,
		),
		'',
		...(firstResponses.length === 0 ? [] : [...firstResponses, '']),
		...table(['Reminder run', 'Periods', 'Emails queued', 'Time'], reminderRows, 1),
		'',
		...importPreviewLines(results),
		...contractsImportLines(results),
		`Server peak memory (VmHWM${results.serverProcesses > 1 ? `, added up over its ${results.serverProcesses} processes` : ''}): ${results.peakMemoryBytes === null ? 'unknown' : formatMegabytes(results.peakMemoryBytes)}`,
	]
}

/** The upload of a large spreadsheet and its preview, when it was run. */
function importPreviewLines({ importPreview }: BenchResults): string[] {
	if (!importPreview) return []
	const row = [
		`Upload and preview, ${importPreview.measures.toLocaleString('en-GB')} measures (${kilobytes(importPreview.fileBytes)} CSV)`,
		`slowest of ${importPreview.runs}`,
		formatSeconds(importPreview.ms),
		kilobytes(importPreview.bytes),
	]
	return [...table(['Import', 'Runs', 'Time', 'Preview size'], [row], 1), '']
}

/** The bulk import of live contracts, when it was run. */
function contractsImportLines({ contractsImport }: BenchResults): string[] {
	if (!contractsImport) return []
	const row = [
		`${contractsImport.contracts.toLocaleString('en-GB')} contracts, ${contractsImport.commitments.toLocaleString('en-GB')} commitments, ${contractsImport.deliveryRows.toLocaleString('en-GB')} delivery rows (${kilobytes(contractsImport.fileBytes)} workbook)`,
		formatSeconds(contractsImport.checkedMs),
		formatSeconds(contractsImport.ms),
	]
	return [...table(['Contracts import', 'Read and checked', 'Imported'], [row], 1), '']
}

export function targetLines(results: BenchResults): string[] {
	const missed = missedTargets(results)
	const wanted = [
		`every page p95 under ${targets.pageP95Ms} ms`,
		`the slowest page at least ${formatShare(targets.slowestShareOfCeiling)} of the ceiling’s throughput`,
		`a reminder run over ${targets.reminderPeriods.toLocaleString('en-GB')} periods under ${formatSeconds(targets.reminderRunMs)}`,
		`server memory under ${formatMegabytes(targets.serverMemoryBytes)}`,
		...(results.importPreview
			? [
					`a ${targets.importPreviewMeasures.toLocaleString('en-GB')}-measure spreadsheet uploaded and previewed under ${formatSeconds(targets.importPreviewMs)}`,
				]
			: []),
		...(results.contractsImport
			? [
					`${targets.contractsImportContracts.toLocaleString('en-GB')} contracts imported under ${formatSeconds(targets.contractsImportMs)}`,
				]
			: []),
	]
	return [
		`Targets: ${wanted.join('; ')}.`,
		'',
		...(missed.length === 0 ? ['All targets met.'] : ['Missed:', ...missed.map((line) => `- ${line}`)]),
	]
}

/** The whole of bench/results.md. */
export function resultsDocument(results: BenchResults, setting: BenchSetting): string {
	return [
		'# Benchmark results',
		'',
		'Written by `npm run bench`; rerun it to refresh this file.',
		'',
		`- Date: ${setting.date.toISOString().slice(0, 10)}`,
		`- Machine: ${setting.cpus} CPUs (${setting.cpuModel}), Node.js ${setting.nodeVersion}; load average ${setting.loadAverage.start.toFixed(2)} when the run began, ${setting.loadAverage.end.toFixed(2)} when it ended (other work on the machine slows every page)`,
		`- Load: ${setting.connections} concurrent connections, ${setting.duration} s per page after a warm-up, production build, gzip accepted`,
		`- Data (scale ${setting.scale}): ${setting.dataset.join(', ')}`,
		'',
		...resultsTables(results),
		'',
		...targetLines(results),
		'',
	].join('\n')
}
