export type LatencySummary = { p50: number; p95: number; p99: number }

/** The nearest-rank percentile of values sorted in ascending order: a value that was observed. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN
	const rank = Math.ceil((p / 100) * sorted.length)
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function latencySummary(latencies: readonly number[]): LatencySummary {
	const sorted = [...latencies].sort((a, b) => a - b)
	return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) }
}

/** The highest memory a process ever used, from its /proc/<pid>/status text ("VmHWM:   123456 kB"), in bytes. */
export function peakMemoryBytes(procStatus: string): number | null {
	const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(procStatus)
	return match ? Number(match[1]) * 1024 : null
}
