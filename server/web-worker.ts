// One web process of several, started by server/index.ts. The first prepares the database
// (the others start once it serves, so only one ever migrates) and does the background work.
import { getEnv } from '#app/infra/env.server.ts'
import { prepareDatabase } from './prepare-database.ts'
import { WEB_PROCESS_INDEX } from './web-processes.ts'
import { startWebServer, stopOnSignals } from './web-server.ts'

const env = getEnv()
const first = process.env[WEB_PROCESS_INDEX] === '0'
if (first) await prepareDatabase(env)
const web = await startWebServer(env, { background: first, announce: false })
stopOnSignals(web.stop, false)
