import path from 'node:path'
import { createRequestHandler } from '@react-router/express'
import compression from 'compression'
import express from 'express'
import type { ServerBuild } from 'react-router'
import { checkDatabase, closeDatabase } from '#db/client.server.ts'
import type { Env } from '#app/infra/env.server.ts'
import { logger } from '#app/infra/logger.server.ts'
import { createMailTransport } from '#app/infra/mail-transport.server.ts'
import { startOutboxWorker } from '#app/lib/outbox-worker.server.ts'
import { startReminderScheduler } from '#app/lib/reminder-scheduler.server.ts'
import { originCheck } from './origin-check.ts'
import { privateToSessions } from './private-responses.ts'
import { answerErrors, logRequests } from './request-log.ts'
import { securityHeaders } from './security-headers.ts'
import { refuseUnsupportedMethods } from './unsupported-methods.ts'

async function createApp(env: Env) {
	const development = !env.isProduction
	const app = express()
	app.disable('x-powered-by')
	if (env.TRUST_PROXY) app.set('trust proxy', true)
	// First, so that its line covers everything done for the request.
	app.use(logRequests(logger()))
	// The fastest level, as nginx uses by default: pages come out a tenth bigger than at the
	// default level, for a third of the CPU time, which on one Node thread every request shares.
	app.use(compression({ level: 1 }))
	app.use(securityHeaders({ development, https: env.isHttps }))
	// Before anything that can act on a form: a write from another site never reaches an action.
	app.use(originCheck(env.APP_URL))
	app.use(refuseUnsupportedMethods)

	app.get('/healthz', (_req, res) => {
		try {
			checkDatabase()
			res.type('text/plain').send('ok')
		} catch {
			res.status(503).type('text/plain').send('database unavailable')
		}
	})

	let build: ServerBuild | (() => Promise<ServerBuild>)
	if (development) {
		const vite = await import('vite')
		const viteServer = await vite.createServer({ server: { middlewareMode: true } })
		app.use(viteServer.middlewares)
		build = () => viteServer.ssrLoadModule('virtual:react-router/server-build') as Promise<ServerBuild>
	} else {
		const clientDir = path.resolve('build/client')
		// File names under assets/ carry a content hash, so they can be cached for ever.
		app.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }))
		// The other public files (the favicon) have an extension; pages do not, and skip the disk.
		const publicFiles = express.static(clientDir, { maxAge: '1h' })
		app.use((req, res, next) => (path.extname(req.path) ? publicFiles(req, res, next) : next()))
		build = (await import(path.resolve('build/server/index.js'))) as ServerBuild
	}

	app.use(privateToSessions)
	app.all(
		'*splat',
		createRequestHandler({
			build,
			mode: development ? 'development' : 'production',
			getLoadContext: (req, res) => ({
				cspNonce: String(res.locals.cspNonce),
				clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
			}),
		}),
	)
	app.use(answerErrors(logger()))
	return app
}

/**
 * One web process: the portal on env.PORT, sending at once the mail its own requests queue.
 * `background` is true for one process only: it runs the reminders and picks up the mail
 * anyone else queued or that waits for a retry. Two processes doing that would only race
 * each other for the same messages.
 */
export async function startWebServer(env: Env, options: { background: boolean; announce: boolean }) {
	const app = await createApp(env)
	const worker = startOutboxWorker(createMailTransport(env), { poll: options.background })
	const reminders =
		options.background && env.REMINDER_INTERVAL_MINUTES > 0
			? startReminderScheduler(env.REMINDER_INTERVAL_MINUTES * 60_000)
			: null
	const server = app.listen(env.PORT, () => {
		if (options.announce) console.log(`Golden Thread is running on ${env.APP_URL} (port ${env.PORT})`)
	})

	let stopping: Promise<void> | null = null
	/** Finishes the requests in flight and the mail being sent, then closes the database. */
	function stop() {
		stopping ??= (async () => {
			const closed = new Promise((resolve) => server.close(resolve))
			server.closeIdleConnections()
			await closed
			reminders?.stop()
			await worker.stop()
			closeDatabase()
		})()
		return stopping
	}
	return { stop }
}

/** Stops on SIGTERM or SIGINT, finishing what is in flight; forced after ten seconds. */
export function stopOnSignals(stop: () => Promise<void>, announce: boolean) {
	async function onSignal(signal: string) {
		if (announce) console.log(`${signal} received: finishing requests in flight, then stopping.`)
		const force = setTimeout(() => process.exit(1), 10_000)
		force.unref()
		await stop()
		process.exit(0)
	}
	process.once('SIGTERM', () => void onSignal('SIGTERM'))
	process.once('SIGINT', () => void onSignal('SIGINT'))
}
