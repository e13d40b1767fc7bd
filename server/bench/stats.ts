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

/**
 * CPU time a process has used, user and system, in clock ticks (1/100 s on Linux), from its
 * /proc/<pid>/stat text. Fields are counted after the command name, which may hold spaces.
 */
export function cpuTicks(procStat: string): number | null {
	const fields = procStat.slice(procStat.lastIndexOf(')') + 2).split(' ')
	// utime and stime are the 14th and 15th fields; the first two (pid, name) are cut off.
	const user = Number(fields[11])
	const system = Number(fields[12])
	return Number.isFinite(user) && Number.isFinite(system) && fields.length > 12 ? user + system : null
}

/** The process ids in a /proc/<pid>/task/<pid>/children text ("123 456 "). */
export function childProcessIds(procChildren: string): number[] {
	return procChildren
		.split(' ')
		.filter((field) => /^\d+$/.test(field))
		.map(Number)
}

/** The sum of each value, or null if any could not be read. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
	let sum = 0
	for (const value of values) {
		if (value === null) return null
		sum += value
	}
	return sum
}
