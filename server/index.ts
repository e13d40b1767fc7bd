import fs from 'node:fs'
import os from 'node:os'
import { getEnv } from '#app/infra/env.server.ts'
import { webProcessCount } from './web-processes.ts'

// A .env file beside package.json, if any, fills in variables not already set.
if (fs.existsSync('.env')) process.loadEnvFile('.env')
const env = getEnv()

const processes = webProcessCount({
	requested: env.WEB_CONCURRENCY,
	production: env.isProduction,
	cpus: os.availableParallelism(),
})
// Imported only in the branch that needs them: a primary that only watches over web
// processes never loads the portal, and stays small.
if (processes === 1) {
	const { prepareDatabase } = await import('./prepare-database.ts')
	await prepareDatabase(env)
	const { startWebServer, stopOnSignals } = await import('./web-server.ts')
	const web = await startWebServer(env, { background: true, announce: true })
	stopOnSignals(web.stop, true)
} else {
	const { runCluster } = await import('./cluster.ts')
	runCluster({ count: processes, appUrl: env.APP_URL, port: env.PORT })
}
