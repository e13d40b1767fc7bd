import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { SESSION_COOKIE } from '#app/lib/session.server.ts'
import {
	badReplies,
	countByMessageId,
	dataFolder,
	killLeftovers,
	portalEnv,
	query,
	reminderLoop,
	run,
	seed,
	smtpRecorder,
	start,
	startServer,
	stopServer,
	supplierClient,
	type Delivery,
} from './reliability-fixtures.ts'

// Each test runs production processes of its own (server, reminder command, backup) on a
// database of its own under test-results/reliability, on ports 3502 to 3511.

test.afterEach(killLeftovers)

type OutboxRow = {
	id: number
	dedupeKey: string
	to: string
	subject: string
	status: string
	messageId: string | null
	leaseId: string | null
}

/** The mail queued since the seed. */
function queuedMail(databasePath: string, afterId: number) {
	return query<OutboxRow>(
		databasePath,
		'select id, dedupe_key as dedupeKey, "to", subject, status, message_id as messageId, lease_id as leaseId from outbox where id > ? order by id',
		afterId,
	)
}

/**
 * What survives a crash: each email is queued once (one row per recipient and reminder), and
 * every queued email reaches the SMTP server under a Message-ID of its own. The only one to
 * arrive twice is the one the SMTP server had accepted when the sender died, and both copies
 * carry the same Message-ID.
 */
function expectDeliveredOncePerMessageId(rows: OutboxRow[], deliveries: Delivery[], inFlight: string) {
	expect(rows.filter((row) => row.status !== 'sent')).toEqual([])
	expect(new Set(rows.map((row) => `${row.to} ${row.subject}`)).size).toBe(rows.length)
	const messageIds = rows.map((row) => row.messageId!)
	expect(new Set(messageIds).size).toBe(rows.length)
	const counts = countByMessageId(deliveries)
	expect([...counts.keys()].sort()).toEqual([...messageIds].sort())
	expect([...counts].filter(([, times]) => times > 1)).toEqual([[inFlight, 2]])
	const recipients = new Map(rows.map((row) => [row.messageId, row.to]))
	expect(deliveries.filter((delivery) => delivery.to.join() !== recipients.get(delivery.messageId))).toEqual([])
}

function londonToday() {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
}

test('the reminder command killed while the SMTP server holds a message, then run again by cron: every reminder queued once and delivered once per Message-ID', async () => {
	test.setTimeout(90_000)
	const dir = dataFolder('reminder-command-crash')
	// The SMTP server takes the 30th message in and keeps it without answering; then the command dies.
	const smtp = await smtpRecorder(3510, (count) => count === 30)
	try {
		const env = portalEnv(dir, 3502, { SMTP_URL: smtp.url })
		const seeded = await seed(env, { contracts: 10, today: '2027-10-20', tag: 'RC' })

		const first = start(['build/runtime/reminders.js', '--now', '2027-10-20T09:00'], env)
		await expect.poll(() => smtp.held.length, { timeout: 30_000 }).toBe(1)
		first.killAll('SIGKILL')
		expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' })
		smtp.releaseHeld()

		// Each of 10 suppliers: four half-years overdue and one due in 14 days; the manager is
		// copied on the overdue ones. All were queued before sending began.
		const crashed = queuedMail(env.DATABASE_PATH, seeded.lastOutboxId)
		expect(crashed).toHaveLength(90)
		expect(crashed.filter((row) => row.status === 'sent')).toHaveLength(29)
		const inFlight = crashed.filter((row) => row.leaseId !== null)
		expect(inFlight.map((row) => row.messageId)).toEqual([smtp.deliveries[29]!.messageId])

		// Cron's next run, five minutes later: the lease on the message in flight has run out.
		const next = await run(['build/runtime/reminders.js', '--now', '2027-10-20T09:05'], env)
		expect(next).toEqual({
			code: 0,
			output: expect.stringContaining(
				'Reminders at 2027-10-20T08:05:00.000Z: 0 return, 0 tender, 0 digest, 0 summary emails queued; 61 sent.\n',
			),
		})
		const after = await run(['build/runtime/reminders.js', '--now', '2027-10-20T09:10'], env)
		expect(after).toEqual({
			code: 0,
			output: expect.stringContaining(
				'Reminders at 2027-10-20T08:10:00.000Z: 0 return, 0 tender, 0 digest, 0 summary emails queued; 0 sent.\n',
			),
		})

		const rows = queuedMail(env.DATABASE_PATH, seeded.lastOutboxId)
		expect(rows).toHaveLength(90)
		expect(smtp.deliveries).toHaveLength(91)
		expectDeliveredOncePerMessageId(rows, smtp.deliveries, inFlight[0]!.messageId!)
		for (const supplier of seeded.suppliers) expect(rows.filter((row) => row.to === supplier.email)).toHaveLength(5)
		expect(rows.filter((row) => row.to === seeded.managerEmail)).toHaveLength(40)
	} finally {
		await smtp.close()
	}
})

test('the server killed in the middle of its reminder run and started again: every reminder delivered once per Message-ID', async () => {
	test.setTimeout(120_000)
	const dir = dataFolder('server-crash')
	const smtp = await smtpRecorder(3511, (count) => count === 20)
	try {
		// A short lease, so the message in flight goes again within seconds of the restart.
		const env = portalEnv(dir, 3502, { SMTP_URL: smtp.url, REMINDER_INTERVAL_MINUTES: '60', OUTBOX_LEASE_SECONDS: '5' })
		const seeded = await seed(env, { contracts: 10, tag: 'RS' })

		// The server queues the reminders due today as it starts, then sends them.
		const first = await startServer(env)
		await expect.poll(() => smtp.held.length, { timeout: 30_000 }).toBe(1)
		first.killAll('SIGKILL')
		expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' })
		smtp.releaseHeld()
		const crashed = queuedMail(env.DATABASE_PATH, seeded.lastOutboxId)
		expect(crashed.length).toBeGreaterThanOrEqual(50)
		expect(crashed.filter((row) => row.status === 'sent')).toHaveLength(19)
		const inFlight = crashed.filter((row) => row.leaseId !== null)
		expect(inFlight.map((row) => row.messageId)).toEqual([smtp.deliveries[19]!.messageId])

		// Started again, it sends the rest at once, and the message in flight when its lease runs out.
		const second = await startServer(env)
		await expect
			.poll(() => queuedMail(env.DATABASE_PATH, seeded.lastOutboxId).filter((row) => row.status !== 'sent').length, {
				timeout: 60_000,
				intervals: [250],
			})
			.toBe(0)
		await stopServer(second)

		const rows = queuedMail(env.DATABASE_PATH, seeded.lastOutboxId)
		expectDeliveredOncePerMessageId(rows, smtp.deliveries, inFlight[0]!.messageId!)
		for (const supplier of seeded.suppliers)
			expect(
				rows.filter((row) => row.to === supplier.email && row.dedupeKey.startsWith('reminder:return:')).length,
			).toBeGreaterThanOrEqual(3)
		expect(first.output() + second.output()).not.toMatch(/error/i)
	} finally {
		await smtp.close()
	}
})

test('fifty suppliers save and submit their returns at the same moment while the reminder command writes in a loop: every request succeeds and every return is in', async () => {
	test.setTimeout(120_000)
	const dir = dataFolder('fifty-suppliers')
	const env = portalEnv(dir, 3503)
	const seeded = await seed(env, { contracts: 50, tag: 'CS' })
	const server = await startServer(env)
	const loop = reminderLoop(env, londonToday())
	try {
		// Begin while the command writes: its first run queues and sends hundreds of reminders.
		await expect
			.poll(
				() =>
					query<{ n: number }>(
						env.DATABASE_PATH,
						"select count(*) as n from outbox where dedupe_key like 'reminder:%'",
					)[0]!.n,
				{ timeout: 30_000, intervals: [50] },
			)
			.toBeGreaterThan(0)
		const burstStartedAt = Date.now()
		const clients = seeded.suppliers.map((supplier) => supplierClient(env.APP_URL, supplier))
		const submitted = await Promise.all(clients.map((client, i) => client.fileReturn(`${i + 1}.5`)))
		const runs = await loop.stop()

		expect(badReplies(clients.flatMap((client) => client.replies))).toEqual([])
		expect(submitted.map((reply) => reply.location)).toEqual(
			seeded.suppliers.map((supplier) => `/returns/${supplier.returnId}?notice=return-submitted`),
		)
		expect(runs.filter((r) => r.code !== 0 || /locked|SQLITE_BUSY/i.test(r.output))).toEqual([])
		expect(runs[0]!.endedAt).toBeGreaterThan(burstStartedAt)

		const returnIds = seeded.suppliers.map((supplier) => supplier.returnId)
		const returns = query<{ id: number; status: string }>(
			env.DATABASE_PATH,
			`select id, status from progress_returns where id in (${returnIds.join(',')}) order by id`,
		)
		expect(returns).toEqual(returnIds.map((id) => ({ id, status: 'submitted' })))
		const lines = query<{
			returnId: number
			commitmentId: number
			delivered: number | null
			text: string
			status: string
		}>(
			env.DATABASE_PATH,
			`select return_id as returnId, commitment_id as commitmentId, delivered_hundredths as delivered, delivered_text as text, milestone_status as status from return_lines where return_id in (${returnIds.join(',')}) order by return_id, commitment_id`,
		)
		expect(lines).toEqual(
			seeded.suppliers.flatMap((supplier, i) =>
				supplier.commitments.map((c) => ({
					returnId: supplier.returnId,
					commitmentId: c.id,
					delivered: c.qualitative ? null : (i + 1) * 100 + 50,
					text: c.qualitative ? `Waste plan in use (${supplier.contractReference})` : '',
					status: 'on_track',
				})),
			),
		)
		// The contract manager hears of each return once.
		expect(
			query<{ n: number }>(
				env.DATABASE_PATH,
				"select count(*) as n from outbox where dedupe_key like 'return-submitted:%'",
			)[0]!.n,
		).toBe(50)
		await stopServer(server)
		expect(server.output()).not.toMatch(/locked|SQLITE_BUSY|error/i)
	} finally {
		await loop.stop()
	}
})

type Snapshot = Map<string, number[]>

/** Every table's row ids. */
function rowIds(databasePath: string): Snapshot {
	const tables = query<{ name: string }>(
		databasePath,
		"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
	)
	return new Map(
		tables.map(({ name }) => [
			name,
			query<{ id: number }>(databasePath, `select rowid as id from "${name}" order by rowid`).map((row) => row.id),
		]),
	)
}

function missingFrom(ids: number[], other: number[] | undefined) {
	const present = new Set(other ?? [])
	return ids.filter((id) => !present.has(id))
}

const rowCount = (snapshot: Snapshot) => [...snapshot.values()].reduce((sum, ids) => sum + ids.length, 0)

test('a backup taken while the portal and the reminder command write holds every row committed before it began, and a portal restored from it serves pages', async () => {
	test.setTimeout(120_000)
	const dir = dataFolder('backup')
	const env = portalEnv(dir, 3504, { SEED_DEMO_DATA: 'true' })
	const live = await startServer(env)
	const seeded = await seed(env, { contracts: 10, tag: 'BK' })
	const loop = reminderLoop(env, londonToday())
	// Suppliers keep saving their returns through the portal, round after round.
	const clients = seeded.suppliers.map((supplier) => supplierClient(env.APP_URL, supplier))
	let rounds = 0
	let writing = true
	const writer = (async () => {
		while (writing) {
			await Promise.all(clients.map((client) => client.saveHours(`${rounds + 1}`)))
			rounds++
		}
	})()
	try {
		await expect.poll(() => loop.runs.length > 0 && rounds >= 3, { timeout: 30_000 }).toBe(true)
		const before = rowIds(env.DATABASE_PATH)
		const versionsBefore = query<{ id: number; version: number }>(
			env.DATABASE_PATH,
			'select id, version from progress_returns order by id',
		)

		const file = path.join(dir, 'backups', 'portal-backup.db')
		const backup = await run(['build/runtime/backup.js', file], env)
		expect(backup.code, backup.output).toBe(0)
		expect(backup.output).toMatch(
			/^Backed up \S+portal\.db to \S+portal-backup\.db: \d+ pages \(\d+\.\d MB\) in \d+ ms, integrity check ok\.$/m,
		)
		// And the writing goes on after the backup: whole rounds of saves and a whole reminder run.
		const [roundsAtBackup, backedUpAt] = [rounds, Date.now()]
		await expect
			.poll(() => rounds > roundsAtBackup + 1 && loop.runs.some((r) => r.startedAt > backedUpAt), { timeout: 30_000 })
			.toBe(true)
		writing = false
		await writer
		await loop.stop()
		expect(badReplies(clients.flatMap((client) => client.replies))).toEqual([])
		expect(loop.runs.filter((r) => r.code !== 0)).toEqual([])

		const copied = rowIds(file)
		const after = rowIds(env.DATABASE_PATH)
		expect([...copied.keys()]).toEqual([...before.keys()])
		for (const [table, ids] of before)
			expect(missingFrom(ids, copied.get(table)), `${table} rows committed before the backup`).toEqual([])
		for (const [table, ids] of copied)
			expect(missingFrom(ids, after.get(table)), `${table} rows the portal never had`).toEqual([])
		expect(rowCount(after)).toBeGreaterThan(rowCount(copied))
		const versionsCopied = new Map(
			query<{ id: number; version: number }>(file, 'select id, version from progress_returns').map((row) => [
				row.id,
				row.version,
			]),
		)
		expect(versionsBefore.filter((row) => versionsCopied.get(row.id)! < row.version)).toEqual([])
		// The copy is the database at one moment: each save's line and the version it bumped are
		// both in it or both not (round n saves n hours and takes a return to version n + 1), and
		// later saves are not in it.
		const hoursCopied = query<{ returnId: number; delivered: number; version: number }>(
			file,
			`select l.return_id as returnId, l.delivered_hundredths as delivered, r.version from return_lines l join progress_returns r on r.id = l.return_id where l.delivered_hundredths is not null and l.return_id in (${seeded.suppliers.map((supplier) => supplier.returnId).join(',')}) order by l.return_id`,
		)
		expect(hoursCopied.map((line) => line.returnId)).toEqual(seeded.suppliers.map((supplier) => supplier.returnId))
		expect(hoursCopied.filter((line) => line.delivered !== (line.version - 1) * 100)).toEqual([])
		const versionsAfter = query<{ id: number; version: number }>(
			env.DATABASE_PATH,
			'select id, version from progress_returns order by id',
		)
		expect(versionsAfter.filter((row) => row.version > versionsCopied.get(row.id)!).map((row) => row.id)).toEqual(
			seeded.suppliers.map((supplier) => supplier.returnId),
		)

		// Restore: the copy becomes a portal's database, with the evidence folder beside it.
		const restoredDir = dataFolder('backup-restored')
		fs.copyFileSync(file, path.join(restoredDir, 'portal.db'))
		fs.cpSync(env.EVIDENCE_DIR, path.join(restoredDir, 'evidence'), { recursive: true })
		const restoredEnv = portalEnv(restoredDir, 3505, { SEED_DEMO_DATA: 'true' })
		const restored = await startServer(restoredEnv)
		expect(restored.output()).not.toContain('Demo data created')
		expect(await (await fetch(`${restoredEnv.APP_URL}/healthz`)).text()).toBe('ok')
		const register = await fetch(`${restoredEnv.APP_URL}/contracts`)
		expect(register.status).toBe(200)
		const registerPage = await register.text()
		expect(registerPage).toContain('Parks and green spaces maintenance')
		expect(registerPage).toContain('Grounds maintenance, lot 10')
		expect((await fetch(`${restoredEnv.APP_URL}/toms`)).status).toBe(200)
		// A supplier signed in before the backup is still signed in, and sees the return as it was copied.
		const supplier = seeded.suppliers[0]!
		const returnPage = await fetch(`${restoredEnv.APP_URL}/returns/${supplier.returnId}`, {
			headers: { cookie: `${SESSION_COOKIE}=${supplier.token}` },
			redirect: 'manual',
		})
		expect(returnPage.status).toBe(200)
		expect(await returnPage.text()).toContain(`name="version" value="${versionsCopied.get(supplier.returnId)}"`)
		await stopServer(restored)

		// The restored portal numbers new mail from where the copy ended, as the live portal did
		// after the backup; the Message-IDs never repeat, so no mail service takes one for the other.
		const copiedUpTo = Math.max(...copied.get('outbox')!)
		const later = new Date(Date.parse(londonToday()) + 20 * 7 * 86_400_000).toISOString().slice(0, 10)
		expect((await run(['build/runtime/reminders.js', '--now', `${later}T09:00`], restoredEnv)).code).toBe(0)
		const liveMessageIds = new Map(
			query<{ id: number; messageId: string }>(
				env.DATABASE_PATH,
				'select id, message_id as messageId from outbox where id > ?',
				copiedUpTo,
			).map((row) => [row.id, row.messageId]),
		)
		const reused = query<{ id: number; messageId: string }>(
			restoredEnv.DATABASE_PATH,
			'select id, message_id as messageId from outbox where id > ?',
			copiedUpTo,
		).filter((row) => liveMessageIds.has(row.id))
		expect(reused.length).toBeGreaterThan(0)
		expect(reused.filter((row) => row.messageId === liveMessageIds.get(row.id))).toEqual([])
		await stopServer(live)
	} finally {
		writing = false
		await writer
		await loop.stop()
	}
})

/** The processes a server process started: its web processes. */
function childPids(pid: number): number[] {
	const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()
	return text === '' ? [] : text.split(' ').map(Number)
}

test('a web process killed under load is started again, and the portal answers throughout', async () => {
	test.setTimeout(90_000)
	const dir = dataFolder('web-process-crash')
	const env = portalEnv(dir, 3506, { SEED_DEMO_DATA: 'true', WEB_CONCURRENCY: '2' })
	const server = await startServer(env)
	const pid = server.child.pid!
	expect(server.output()).toContain('2 processes')
	const [victim, other] = childPids(pid)
	expect(other).toBeDefined()

	// Readers keep asking for the register while one web process dies.
	let reading = true
	const statuses: number[] = []
	const readers = Array.from({ length: 4 }, async () => {
		while (reading) {
			// A connection the dying process held, or was being handed, is lost: the reader gives
			// up on it after a few seconds, as a browser or a proxy would, and asks again.
			const status = await fetch(`${env.APP_URL}/contracts`, { signal: AbortSignal.timeout(5_000) })
				.then(async (response) => {
					await response.text()
					return response.status
				})
				.catch(() => null)
			if (status !== null) statuses.push(status)
		}
	})
	try {
		await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThan(20)
		process.kill(victim!, 'SIGKILL')
		await expect.poll(() => childPids(pid).filter((child) => child !== victim).length, { timeout: 30_000 }).toBe(2)
		expect(server.output()).toMatch(/Web process \d stopped \(SIGKILL\); starting it again\./)
		// The portal goes on answering with pages, the new process among those serving them.
		const answeredBefore = statuses.length
		await expect.poll(() => statuses.length, { timeout: 30_000 }).toBeGreaterThan(answeredBefore + 40)
		expect(statuses.filter((status) => status !== 200)).toEqual([])
	} finally {
		reading = false
		await Promise.all(readers)
	}
	await stopServer(server)
})
