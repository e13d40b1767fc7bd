import { MAX_EVIDENCE_BYTES } from '#app/domain/returns/evidence-size.ts'

/**
 * The most any form may send: twice the largest evidence file, so a file a little over the
 * limit still reaches the form and gets its own error message beside the field. Beyond it,
 * the body is not read any further.
 */
export const MAX_FORM_BYTES = 2 * MAX_EVIDENCE_BYTES

/**
 * Conform builds a value from every field name it is sent, so `lines[9999999]` would make a
 * list of ten million empty places, and a form of a million fields a million-key object: either
 * takes the server seconds to parse and echo back. No form of ours has a list near this long
 * (the longest is a supplier's recipients, at most 500) or this many fields.
 */
export const MAX_LIST_INDEX = 999
export const MAX_FORM_FIELDS = 5_000

const tooLarge = () => new Response('The form is too large', { status: 413, statusText: 'Content Too Large' })
const unreadable = () => new Response('The form could not be read', { status: 400, statusText: 'Bad Request' })

class BodyTooLarge extends Error {}

/** The body's bytes, or BodyTooLarge as soon as they pass `limit`, whatever Content-Length said. */
async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
	if (!request.body) return new Uint8Array()
	const reader = request.body.getReader()
	const chunks: Uint8Array[] = []
	let length = 0
	for (;;) {
		const { done, value } = await reader.read()
		if (done) break
		length += value.byteLength
		if (length > limit) {
			await reader.cancel()
			throw new BodyTooLarge()
		}
		chunks.push(value)
	}
	const bytes = new Uint8Array(length)
	let at = 0
	for (const chunk of chunks) {
		bytes.set(chunk, at)
		at += chunk.byteLength
	}
	return bytes
}

/**
 * The form an action was sent. A body that is not a form a browser could send (JSON, plain
 * text, no type at all, a multipart body with the wrong boundary or cut short) is the
 * sender's mistake: a 400, not a server error with a stack trace in the log. One larger
 * than MAX_FORM_BYTES is a 413, refused before it fills the server's memory.
 */
export async function readFormData(request: Request, limit = MAX_FORM_BYTES): Promise<FormData> {
	if (Number(request.headers.get('content-length')) > limit) throw tooLarge()
	let bytes: Uint8Array<ArrayBuffer>
	try {
		bytes = await readBody(request, limit)
	} catch (error) {
		throw error instanceof BodyTooLarge ? tooLarge() : unreadable()
	}
	let form: FormData
	try {
		form = await new Response(bytes, {
			headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
		}).formData()
	} catch {
		throw unreadable()
	}
	if (!withinShape(form)) throw unreadable()
	return form
}

const LIST_INDEX = /\[(\d+)\]/g

function withinShape(form: FormData): boolean {
	let fields = 0
	for (const name of form.keys()) {
		if (++fields > MAX_FORM_FIELDS) return false
		for (const [, index] of name.matchAll(LIST_INDEX)) {
			if (Number(index) > MAX_LIST_INDEX) return false
		}
	}
	return true
}
