import { eq } from 'drizzle-orm'
import type { AreaLevels } from '#app/domain/maturity/plan.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { saveAreaActions, saveLevels, startAssessment } from '#app/lib/maturity.server.ts'
import type { Db } from './client.server.ts'
import { users } from './schema.ts'

const DAY = 86_400_000

/** The levels of the sample Maturity Index action plan the council started from. */
const baselineLevels: AreaLevels[] = [
	{ area: 'policy', present: 'incomplete', target: 'innovator' },
	{ area: 'internal', present: 'follower', target: 'innovator' },
	{ area: 'measurement', present: 'follower', target: 'innovator' },
	{ area: 'commissioning', present: 'follower', target: 'leader' },
	{ area: 'procurement', present: 'incomplete', target: 'innovator' },
	{ area: 'market', present: 'incomplete', target: 'innovator' },
	{ area: 'contracts', present: 'follower', target: 'innovator' },
	{ area: 'collaboration', present: 'incomplete', target: 'mature' },
	{ area: 'reporting', present: 'mature', target: 'innovator' },
	{ area: 'governance', present: 'follower', target: 'leader' },
]

/** A self-assessment made a year ago, with some of its contract management actions under way. */
export function seedDemoMaturity(db: Db, now: number) {
	const row = db.select().from(users).where(eq(users.email, 'sam.lead@council.example')).get()!
	const lead = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
	const at = now - 365 * DAY
	const ctx = { ip: '127.0.0.1', now: at }
	const assessedOn = toLondonDateTime(at).date
	const id = startAssessment(lead, { title: 'Baseline self-assessment', assessedOn }, ctx)
	saveLevels(lead, { assessmentId: id, version: 1, levels: baselineLevels }, ctx)
	saveAreaActions(
		lead,
		{
			assessmentId: id,
			area: 'contracts',
			actions: [
				{
					key: 'contracts.mature.1',
					owner: 'Priya Patel, contract manager',
					dueDate: toLondonDateTime(at + 180 * DAY).date,
					status: 'done',
					version: 0,
				},
				{
					key: 'contracts.leader.1',
					owner: 'Priya Patel, contract manager',
					dueDate: toLondonDateTime(now + 90 * DAY).date,
					status: 'in_progress',
					version: 0,
				},
			],
		},
		ctx,
	)
}
