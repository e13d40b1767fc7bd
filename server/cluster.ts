import cluster, { type Worker } from 'node:cluster'
import path from 'node:path'
import { WEB_PROCESS_INDEX } from './web-processes.ts'

// A process that stops again this soon after it was started is given a pause before the next
// start, so a fault that kills every new process does not keep the machine busy starting them.
const QUICK_FAILURE_MS = 10_000
const RESTART_PAUSE_MS = 1_000

/**
 * The primary process: starts `count` web processes sharing one port (the operating
 * system hands each new connection to the next), the first alone until it serves, starts
 * again any that crashes, and on SIGTERM or SIGINT lets each finish its requests before
 * stopping.
 */
export function runCluster(options: { count: number; appUrl: string; port: number }) {
	// web-worker.ts from source, web-worker.js from the build.
	cluster.setupPrimary({ exec: path.join(import.meta.dirname, `web-worker${path.extname(import.meta.filename)}`) })
	let stopping = false
	let listening = 0

	function start(index: number) {
		const startedAt = Date.now()
		let listened = false
		const worker: Worker = cluster.fork({ [WEB_PROCESS_INDEX]: String(index) })
		worker.once('listening', () => {
			listened = true
			// The first has migrated the database: the others can open it.
			if (index === 0 && listening === 0) for (let next = 1; next < options.count; next++) start(next)
			if (++listening === options.count)
				console.log(`Golden Thread is running on ${options.appUrl} (port ${options.port}, ${options.count} processes)`)
		})
		worker.once('exit', (code, signal) => {
			if (stopping) return
			const how = signal ?? `code ${code}`
			// One that never listened cannot start at all (a port in use, a missing build): neither can the next.
			if (!listened) {
				console.error(`Web process ${index} stopped before it could serve (${how}); stopping.`)
				void stopAll(1)
				return
			}
			console.error(`Web process ${index} stopped (${how}); starting it again.`)
			setTimeout(() => start(index), Date.now() - startedAt < QUICK_FAILURE_MS ? RESTART_PAUSE_MS : 0)
		})
	}

	async function stopAll(exitCode: number) {
		if (stopping) return
		stopping = true
		const force = setTimeout(() => process.exit(1), 12_000)
		force.unref()
		const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined)
		await Promise.all(
			workers.map((worker) => {
				if (worker.isDead()) return Promise.resolve()
				const exited = new Promise((resolve) => worker.once('exit', resolve))
				worker.process.kill('SIGTERM')
				return exited
			}),
		)
		process.exit(exitCode)
	}

	start(0)
	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		process.once(signal, () => {
			console.log(`${signal} received: finishing requests in flight, then stopping.`)
			void stopAll(0)
		})
	}
}
