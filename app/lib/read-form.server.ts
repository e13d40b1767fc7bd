/**
 * The form an action was sent. A body that is not a form a browser could send (JSON, plain
 * text, no type at all, a multipart body with the wrong boundary or cut short) is the
 * sender's mistake: a 400, not a server error with a stack trace in the log.
 */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		return await request.formData()
	} catch {
		throw new Response('The form could not be read', { status: 400, statusText: 'Bad Request' })
	}
}
