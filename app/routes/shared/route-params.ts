/** A positive integer id from a URL or form, or a 404: a malformed id names nothing. */
export function parseId(value: string | null | undefined): number {
	const id = Number(value)
	if (!value || !Number.isSafeInteger(id) || id < 1) throw new Response('Not found', { status: 404 })
	return id
}
