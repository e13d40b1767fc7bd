// Queues the reminders due now (or at --now) and sends what is queued: for cron-based
// deployments, and for trying the reminders with a moved clock.
//   npm run reminders
//   npm run reminders -- --now 2027-10-20T09:00   (UK time)
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { checkDatabase, closeDatabase } from '#db/client.server.ts'
import { fromLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { createMailTransport } from '#app/infra/mail-transport.server.ts'
import { deliverDueMail } from '#app/lib/outbox-worker.server.ts'
import { runReminders } from '#app/lib/reminders.server.ts'

if (fs.existsSync('.env')) process.loadEnvFile('.env')

function parseNow(text: string | undefined): number {
	if (!text) return Date.now()
	const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text)
	const at = local ? fromLondonDateTime(local[1]!, local[2]!) : Date.parse(text)
	if (at === null || Number.isNaN(at)) {
		console.error(`--now must be a date and time like 2027-10-20T09:00 (UK time), not "${text}"`)
		process.exit(2)
	}
	return at
}

const { values } = parseArgs({ options: { now: { type: 'string' } } })
const now = parseNow(values.now)
checkDatabase()
const counts = runReminders(now)
const transport = createMailTransport(getEnv())
let sent = 0
for (let batch = await deliverDueMail(transport, now); batch > 0; batch = await deliverDueMail(transport, now))
	sent += batch
transport.close()
closeDatabase()
console.log(
	`Reminders at ${new Date(now).toISOString()}: ${counts.returns} return, ${counts.tenders} tender, ${counts.digests} digest, ${counts.summaries} summary emails queued; ${sent} sent.`,
)
