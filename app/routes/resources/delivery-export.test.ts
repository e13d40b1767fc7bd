import { gunzipSync } from 'node:zlib'
import { eq } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createUser } from '#db/factories.ts'
import { contracts } from '#db/schema.ts'
import { deliveryHeader } from '#app/lib/delivery-export.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { loader } from './delivery-export.ts'

// Signed in once: a new session is a write, which would make every download afresh.
type Officer = { id: number; cookie: string }
let first: Awaited<ReturnType<typeof setUpAwardedContract>>
let managers: { first: Officer; second: Officer }
let admin: Officer

const signedIn = (id: number): Officer => ({ id, cookie: `${SESSION_COOKIE}=${createSession(id, Date.now()).token}` })

beforeAll(async () => {
	first = await setUpAwardedContract('DX-1', Date.UTC(2027, 0, 10, 9))
	const second = await setUpAwardedContract('DX-2', Date.UTC(2027, 0, 10, 9))
	const manager = async () =>
		signedIn(
			(
				await createUser(db, {
					organisationId: first.admin.organisationId,
					role: 'contract_manager',
					passwordHash: 'x',
				})
			).id,
		)
	managers = { first: await manager(), second: await manager() }
	admin = signedIn(first.admin.id)
	db.update(contracts).set({ contractManagerId: managers.first.id }).where(eq(contracts.id, first.contractId)).run()
	db.update(contracts).set({ contractManagerId: managers.second.id }).where(eq(contracts.id, second.contractId)).run()
})

/** The delivery CSV as `officer` downloads it, unzipped. */
async function deliveryCsv(officer: Officer, gzip = true) {
	const request = new Request('http://localhost/manage/exports/delivery/csv', {
		headers: { cookie: officer.cookie, ...(gzip ? { 'accept-encoding': 'gzip' } : {}) },
	})
	const response = await loader({
		request,
		params: { dataset: 'delivery', format: 'csv' },
		context: {},
	} as unknown as Parameters<typeof loader>[0])
	const bytes = Buffer.from(await response.arrayBuffer())
	return (response.headers.get('Content-Encoding') === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8')
}

test('each contract manager’s delivery CSV covers their own contracts, whoever downloaded theirs before; an administrator’s covers all', async () => {
	// Asked for in turn, so each answer could come from the copy kept for the one before.
	for (let round = 0; round < 2; round++) {
		const mine = await deliveryCsv(managers.first)
		expect(mine).toContain('DX-1/C')
		expect(mine).not.toContain('DX-2/C')
		const theirs = await deliveryCsv(managers.second)
		expect(theirs).toContain('DX-2/C')
		expect(theirs).not.toContain('DX-1/C')
		const everything = await deliveryCsv(admin)
		expect(everything).toContain('DX-1/C')
		expect(everything).toContain('DX-2/C')
	}
	expect(await deliveryCsv(managers.second, false)).not.toContain('DX-1/C')
})

test('the delivery workbook holds the same rows as the CSV, numbers as numbers', async () => {
	const request = new Request('http://localhost/manage/exports/delivery/xlsx', {
		headers: { cookie: managers.first.cookie },
	})
	const response = await loader({
		request,
		params: { dataset: 'delivery', format: 'xlsx' },
		context: {},
	} as unknown as Parameters<typeof loader>[0])
	expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="delivery.xlsx"')
	const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
	const rows = sheet!.data as unknown as Array<Array<string | number | null>>
	expect(sheet!.sheet).toBe('Delivery')
	expect(rows[0]).toEqual(deliveryHeader)
	expect(rows.length).toBeGreaterThan(1)
	expect(rows.slice(1).every((row) => row[0] === 'DX-1/C')).toBe(true)
	const csvLines = (await deliveryCsv(managers.first)).trim().split('\r\n')
	expect(rows).toHaveLength(csvLines.length)
})
