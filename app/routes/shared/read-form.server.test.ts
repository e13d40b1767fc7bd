import { expect, test } from 'vitest'
import { MAX_EVIDENCE_BYTES } from '#app/domain/returns/evidence-size.ts'
import { MAX_FORM_BYTES, MAX_FORM_FIELDS, MAX_LIST_INDEX, readFormData } from './read-form.server.ts'

function post(body: BodyInit | null, contentType?: string) {
	return new Request('http://localhost/sign-in', {
		method: 'POST',
		body,
		headers: contentType ? { 'Content-Type': contentType } : {},
	})
}

async function refusal(request: Request) {
	try {
		await readFormData(request)
	} catch (thrown) {
		return thrown instanceof Response ? thrown.status : thrown
	}
	return 'read'
}

test('reads the forms browsers send, urlencoded or multipart', async () => {
	expect(
		(await readFormData(post('email=a%40example.com&email=b', 'application/x-www-form-urlencoded'))).getAll('email'),
	).toEqual(['a@example.com', 'b'])
	const form = new FormData()
	form.append('file', new Blob(['a,b']), 'evidence.csv')
	const read = await readFormData(post(form))
	expect((read.get('file') as File).name).toBe('evidence.csv')
})

test('anything else is a 400 for the sender, not an error of the server', async () => {
	expect(await refusal(post('{"email":"a@example.com"}', 'application/json'))).toBe(400)
	expect(await refusal(post('email=a', 'text/plain'))).toBe(400)
	expect(await refusal(post(null))).toBe(400)
	expect(
		await refusal(
			post(
				'--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--\r\n',
				'multipart/form-data; boundary=abc',
			),
		),
	).toBe(400)
	expect(
		await refusal(
			post('--abc\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', 'multipart/form-data; boundary=abc'),
		),
	).toBe(400)
	expect(await refusal(post('whatever', 'multipart/form-data'))).toBe(400)
})

test('a form larger than the limit is a 413, whether or not it says its length', async () => {
	const big = `notes=${'a'.repeat(2_000)}`
	expect(await refusalWithin(post(big, 'application/x-www-form-urlencoded'), 1_000)).toBe(413)
	// Sent in pieces with no Content-Length: counted as it arrives.
	const pieces = new ReadableStream<Uint8Array>({
		start(controller) {
			for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? 'notes=' : 'a'.repeat(300)))
			controller.close()
		},
	})
	const streamed = new Request('http://localhost/sign-in', {
		method: 'POST',
		body: pieces,
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		duplex: 'half',
	} as RequestInit)
	expect(streamed.headers.get('content-length')).toBeNull()
	expect(await refusalWithin(streamed, 1_000)).toBe(413)
	// A Content-Length over the limit is refused before the body is read at all.
	const claimed = new Request('http://localhost/sign-in', {
		method: 'POST',
		body: 'notes=a',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '5000' },
	})
	expect(await refusalWithin(claimed, 1_000)).toBe(413)
	expect(claimed.bodyUsed).toBe(false)
})

test('a form up to the limit is read whole', async () => {
	const form = await readFormData(post(`notes=${'a'.repeat(994)}`, 'application/x-www-form-urlencoded'), 1_000)
	expect(form.get('notes')).toHaveLength(994)
})

test('a list index past any form of ours is a 400, before a list that long is built', async () => {
	const started = performance.now()
	expect(await refusal(post('lines%5B10000000%5D.quantity=1', 'application/x-www-form-urlencoded'))).toBe(400)
	expect(
		await refusal(
			post(`a=1&milestones%5B0%5D.items%5B${MAX_LIST_INDEX + 1}%5D=x`, 'application/x-www-form-urlencoded'),
		),
	).toBe(400)
	expect(performance.now() - started).toBeLessThan(500)
	const atTheLimit = await readFormData(
		post(`milestones%5B${MAX_LIST_INDEX}%5D.date=x`, 'application/x-www-form-urlencoded'),
	)
	expect(atTheLimit.get(`milestones[${MAX_LIST_INDEX}].date`)).toBe('x')
})

test('more fields than any form of ours is a 400; up to the limit they are read', async () => {
	const fields = (count: number) => Array.from({ length: count }, (_, i) => `f${i}=1`).join('&')
	expect(await refusal(post(fields(MAX_FORM_FIELDS + 1), 'application/x-www-form-urlencoded'))).toBe(400)
	expect([
		...(await readFormData(post(fields(MAX_FORM_FIELDS), 'application/x-www-form-urlencoded'))).keys(),
	]).toHaveLength(MAX_FORM_FIELDS)
})

test('the limit leaves room for the largest evidence file and its fields', () => {
	expect(MAX_FORM_BYTES).toBeGreaterThan(MAX_EVIDENCE_BYTES + 1024 * 1024)
})

async function refusalWithin(request: Request, limit: number) {
	try {
		await readFormData(request, limit)
	} catch (thrown) {
		return thrown instanceof Response ? thrown.status : thrown
	}
	return 'read'
}
