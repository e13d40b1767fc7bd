/** What the portal must manage on a two-core machine, with ten people loading pages at once. */
export const targets = {
	pageP95Ms: 100,
	/** The slowest page's throughput as a share of the server's ceiling (its minimal route). */
	slowestShareOfCeiling: 0.25,
	/** A reminder run over this many reporting periods ... */
	reminderPeriods: 50_000,
	/** ... takes no longer than this. */
	reminderRunMs: 10_000,
	serverMemoryBytes: 300 * 1024 * 1024,
	/** A spreadsheet of this many measures is uploaded and its preview loaded ... */
	importPreviewMeasures: 2_000,
	/** ... within this long. */
	importPreviewMs: 5_000,
	/** A contracts import of this many contracts (10 commitments each, two years of delivery) ... */
	contractsImportContracts: 500,
	/** ... is read, checked and confirmed within this long. */
	contractsImportMs: 30_000,
} as const

export type PageResult = {
	name: string
	path: string
	/** Milliseconds. */
	p50: number
	p95: number
	p99: number
	requestsPerSecond: number
	requests: number
	/** The server's CPU time per response while measured, when known: less swayed than latency by other work on the machine. */
	cpuMsPerRequest: number | null
	/** Size of one response, before compression. */
	bytes: number
	/** For a download: the first response, asked for alone before any other, when nothing is kept from an earlier one. */
	firstMs?: number
}

export type ReminderResult = { label: string; periods: number; queued: number; ms: number }

/** A spreadsheet uploaded into a draft and the preview of what importing it would change loaded, timed from the upload to the last byte of the preview. */
export type ImportPreviewResult = {
	measures: number
	fileBytes: number
	runs: number
	/** The slowest run. */
	ms: number
	/** Size of the preview page, before compression. */
	bytes: number
}

/** A workbook of live contracts read, checked, held and confirmed, timed from the bytes to the last row written. */
export type ContractsImportResult = {
	contracts: number
	commitments: number
	deliveryRows: number
	fileBytes: number
	/** Up to the file held for its preview. */
	checkedMs: number
	ms: number
}

export type BenchResults = {
	ceiling: PageResult
	pages: PageResult[]
	reminders: ReminderResult[]
	/** The peaks of the server's processes (the primary and each web process) added up. */
	peakMemoryBytes: number | null
	serverProcesses: number
	importPreview?: ImportPreviewResult
	contractsImport?: ContractsImportResult
}

export function shareOfCeiling(page: PageResult, ceiling: PageResult): number {
	return ceiling.requestsPerSecond > 0 ? page.requestsPerSecond / ceiling.requestsPerSecond : 0
}

/** The page with the lowest throughput, or null when no page was measured. */
export function slowestPage(pages: readonly PageResult[]): PageResult | null {
	return pages.reduce<PageResult | null>(
		(slowest, page) => (slowest === null || page.requestsPerSecond < slowest.requestsPerSecond ? page : slowest),
		null,
	)
}

/** Every target the results miss, in words; an empty list means all were met. */
export function missedTargets(results: BenchResults): string[] {
	const missed: string[] = []
	for (const page of results.pages) {
		if (!(page.p95 < targets.pageP95Ms))
			missed.push(`${page.name}: p95 ${formatMs(page.p95)} is not under ${targets.pageP95Ms} ms`)
	}
	const slowest = slowestPage(results.pages)
	if (slowest) {
		const share = shareOfCeiling(slowest, results.ceiling)
		if (share < targets.slowestShareOfCeiling) {
			missed.push(
				`${slowest.name}: ${formatShare(share)} of the ceiling’s throughput is under ${formatShare(targets.slowestShareOfCeiling)}`,
			)
		}
	}
	const bigRun = results.reminders.find((run) => run.periods >= targets.reminderPeriods)
	if (!bigRun) missed.push(`No reminder run covered ${targets.reminderPeriods.toLocaleString('en-GB')} periods`)
	else if (!(bigRun.ms < targets.reminderRunMs))
		missed.push(`${bigRun.label}: ${formatSeconds(bigRun.ms)} is not under ${formatSeconds(targets.reminderRunMs)}`)
	const { importPreview } = results
	if (importPreview && !(importPreview.ms < targets.importPreviewMs)) {
		missed.push(
			`Import preview, ${importPreview.measures.toLocaleString('en-GB')} measures: ${formatSeconds(importPreview.ms)} is not under ${formatSeconds(targets.importPreviewMs)}`,
		)
	}
	const { contractsImport } = results
	if (contractsImport && !(contractsImport.ms < targets.contractsImportMs)) {
		missed.push(
			`Contracts import, ${contractsImport.contracts.toLocaleString('en-GB')} contracts: ${formatSeconds(contractsImport.ms)} is not under ${formatSeconds(targets.contractsImportMs)}`,
		)
	}
	if (results.peakMemoryBytes === null) missed.push('The server’s peak memory could not be read')
	else if (!(results.peakMemoryBytes < targets.serverMemoryBytes))
		missed.push(
			`Server peak memory ${formatMegabytes(results.peakMemoryBytes)} is not under ${formatMegabytes(targets.serverMemoryBytes)}`,
		)
	return missed
}

export function formatMs(ms: number): string {
	return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
}

export function formatSeconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`
}

export function formatShare(share: number): string {
	return `${Math.round(share * 100)}%`
}

export function formatMegabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024))} MB`
}
