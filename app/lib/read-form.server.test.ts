import { expect, test } from 'vitest'
import { readFormData } from './read-form.server.ts'

function post(body: BodyInit | null, contentType?: string) {
	return new Request('http://localhost/sign-in', { method: 'POST', body, headers: contentType ? { 'Content-Type': contentType } : {} })
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
	expect((await readFormData(post('email=a%40example.com&email=b', 'application/x-www-form-urlencoded'))).getAll('email')).toEqual(['a@example.com', 'b'])
	const form = new FormData()
	form.append('file', new Blob(['a,b']), 'evidence.csv')
	const read = await readFormData(post(form))
	expect((read.get('file') as File).name).toBe('evidence.csv')
})

test('anything else is a 400 for the sender, not an error of the server', async () => {
	expect(await refusal(post('{"email":"a@example.com"}', 'application/json'))).toBe(400)
	expect(await refusal(post('email=a', 'text/plain'))).toBe(400)
	expect(await refusal(post(null))).toBe(400)
	expect(await refusal(post('--other\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--other--\r\n', 'multipart/form-data; boundary=abc'))).toBe(400)
	expect(await refusal(post('--abc\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', 'multipart/form-data; boundary=abc'))).toBe(400)
	expect(await refusal(post('whatever', 'multipart/form-data'))).toBe(400)
})
