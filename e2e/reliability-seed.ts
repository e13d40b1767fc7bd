// Fills the database of one reliability test's own server, in a process of its own (the test
// process keeps the main test server's database open):
//   DATABASE_PATH=... tsx e2e/reliability-seed.ts --contracts 50 --today 2027-10-20 --out seed.json
// Each contract has its own supplier organisation and began in the April two financial years
// before `today`, so several half-years' returns are due. Writes JSON to --out: the contract
// manager, the last outbox row it made (award notices, marked sent), and for each supplier
// its session token and the open return of its first period.
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { eq, max } from 'drizzle-orm'
import { closeDatabase, db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { matrices, outbox, reportingPeriods } from '#db/schema.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { createSession } from '#app/lib/session.server.ts'
import { fixtureMeasure, fixtureTender, publishedOutcomeEdition, session } from '#tests/tender-fixture.ts'

export type SeededSupplier = {
	email: string
	token: string
	contractReference: string
	returnId: number
	commitments: { id: number; qualitative: boolean }[]
}
export type Seeded = { managerEmail: string; suppliers: SeededSupplier[]; lastOutboxId: number }

const DAY = 86_400_000

const { values } = parseArgs({
	options: {
		contracts: { type: 'string' },
		today: { type: 'string' },
		out: { type: 'string' },
		tag: { type: 'string', default: 'R' },
	},
})
if (!values.contracts || !values.out) throw new Error('--contracts and --out are needed')
const today = values.today ?? toLondonDateTime(Date.now()).date
const [year, month] = today.split('-').map(Number) as [number, number]
const startYear = (month >= 4 ? year : year - 1) - 2
const contractStart = `${startYear}-04-01`
const contractEnd = `${startYear + 3}-03-31`
const opened = { ip: '127.0.0.1', now: Date.parse(`${startYear}-01-05T10:00:00Z`) }
const decided = { ip: '127.0.0.1', now: opened.now + 11 * DAY }

const council = createOrganisation(db, { kind: 'council', name: 'Exampleshire Council' })
const manager = session(
	await createUser(
		db,
		{
			organisationId: council.id,
			role: 'admin',
			name: 'Casey Manager',
			email: `manager-${values.tag.toLowerCase()}@council.example`,
			passwordHash: null,
		},
		opened.now,
	),
)
const { editionId, measures } = publishedOutcomeEdition(
	manager,
	{ edition: `Reliability ${values.tag}`, theme: 'Communities', outcome: 'Skills and the environment' },
	[
		fixtureMeasure('JOB-2', 'Expert advice hours for local charities', 'expert_hours', 10100),
		fixtureMeasure('ENV-2', 'How you will cut waste', 'text', null),
	],
	opened,
)
const responsible = {
	responsibleName: 'Sam Doe',
	responsibleRole: 'Manager',
	responsibleEmail: 'sam@supplier.example',
	methodStatement: 'As agreed.',
}
const version = (matrixId: number) =>
	db.select({ v: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.v

const suppliers: SeededSupplier[] = []
for (let n = 1; n <= Number(values.contracts); n++) {
	const reference = `${values.tag}/${String(n).padStart(3, '0')}`
	const title = `Grounds maintenance, lot ${n}`
	const tenderId = fixtureTender(
		manager,
		{ reference, title, contractStart, contractEnd, editionId, measureIds: measures.map((m) => m.id) },
		opened,
	)
	const organisation = createOrganisation(db, { kind: 'supplier', name: `Supplier ${reference}` }, opened.now)
	const supplier = session(
		await createUser(
			db,
			{
				organisationId: organisation.id,
				role: 'supplier',
				email: `supplier-${n}@${values.tag.toLowerCase()}.example`,
				passwordHash: null,
			},
			opened.now,
		),
	)
	const started = startMatrix(supplier, tenderId, opened)
	if (!started.ok) throw new Error(started.message)
	const milestones = [
		{ date: `${startYear + 1}-03-31`, cumulativeHundredths: 100_00 },
		{ date: contractEnd, cumulativeHundredths: 300_00 },
	]
	saveLine(
		supplier,
		{
			matrixId: started.matrixId,
			measureId: measures[0]!.id,
			version: version(started.matrixId),
			entry: {
				declined: false,
				declineReason: '',
				quantityHundredths: 300_00,
				commitmentText: '',
				milestones,
				...responsible,
			},
		},
		opened,
	)
	saveLine(
		supplier,
		{
			matrixId: started.matrixId,
			measureId: measures[1]!.id,
			version: version(started.matrixId),
			entry: {
				declined: false,
				declineReason: '',
				quantityHundredths: null,
				commitmentText: 'A waste plan',
				milestones: [],
				...responsible,
			},
		},
		opened,
	)
	const submitted = submitMatrix(
		supplier,
		{ matrixId: started.matrixId, version: version(started.matrixId), declarationsConfirmed: true },
		opened,
	)
	if (!submitted.ok) throw new Error(submitted.message)
	decideMatrix(
		manager,
		{ matrixId: started.matrixId, decision: 'approve', reason: '', version: version(started.matrixId) },
		decided,
	)
	const awarded = awardContract(
		manager,
		{
			matrixId: started.matrixId,
			version: version(started.matrixId),
			details: {
				reference,
				title,
				value: 100_000_00,
				startDate: contractStart,
				endDate: contractEnd,
				cadence: 'half_yearly',
				contractManagerId: manager.id,
				commerciallySensitive: false,
			},
		},
		decided,
	)
	if (!awarded.ok) throw new Error(awarded.message)
	const firstPeriod = db
		.select()
		.from(reportingPeriods)
		.where(eq(reportingPeriods.contractId, awarded.contractId))
		.orderBy(reportingPeriods.startDate)
		.get()!
	const returned = openReturn(supplier, firstPeriod.id, { ip: '127.0.0.1', now: Date.now() })
	if (!returned.ok) throw new Error(returned.message)
	const { token } = createSession(supplier.id, Date.now())
	const commitments = loadReturn(returned.returnId)!.commitments.map((c) => ({ id: c.id, qualitative: c.qualitative }))
	suppliers.push({
		email: supplier.email,
		token,
		contractReference: reference,
		returnId: returned.returnId,
		commitments,
	})
}
// The award notices went out at the award, long ago: only what the test causes is sent now.
db.update(outbox).set({ status: 'sent', sentAt: decided.now }).where(eq(outbox.status, 'queued')).run()
const lastOutboxId =
	db
		.select({ id: max(outbox.id) })
		.from(outbox)
		.get()?.id ?? 0
closeDatabase()
fs.writeFileSync(values.out, JSON.stringify({ managerEmail: manager.email, suppliers, lastOutboxId } satisfies Seeded))
