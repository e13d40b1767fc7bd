/**
 * How many web processes to run. Node runs JavaScript on one core, so in production one
 * process per core lets the pages of different people render at the same time. Development
 * stays at one: Vite's middleware and hot reload live in a single process.
 */
export function webProcessCount(options: { requested: number | undefined; production: boolean; cpus: number }): number {
	if (!options.production) return 1
	return options.requested ?? Math.max(1, options.cpus)
}

/** The environment variable telling a web process which one it is, counting from 0. */
export const WEB_PROCESS_INDEX = 'GOLDEN_THREAD_WEB_PROCESS'
