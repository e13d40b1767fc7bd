import { STATUS_CODES } from 'node:http'
import type { ErrorRequestHandler, Request, RequestHandler } from 'express'
import { logError, type Logger } from '#app/infra/logger.server.ts'
import { recordingRequest, type RequestRecord } from '#app/infra/request-record.server.ts'

/**
 * The path asked for, without the query string: password reset, invitation and email
 * confirmation tokens travel in it, and a log is no place for them.
 */
function pathOf(req: Request) {
	return req.originalUrl.split('?', 1)[0]!
}

/**
 * One line for every request once it is answered (or the browser gave up): the method, the
 * path, the status, how long it took and, when the request came from someone signed in, their
 * user id. Nothing else about the person: no email address, no IP address, no query string.
 */
export function logRequests(log: Logger): RequestHandler {
	return (req, res, next) => {
		const started = performance.now()
		const record: RequestRecord = {}
		res.once('close', () => {
			log.info(
				{
					method: req.method,
					path: pathOf(req),
					status: res.statusCode,
					durationMs: Math.round((performance.now() - started) * 10) / 10,
					...(record.userId === undefined ? {} : { userId: record.userId }),
					...(res.writableFinished ? {} : { aborted: true }),
				},
				'request',
			)
		})
		recordingRequest(record, next)
	}
}

function statusOf(error: unknown): number {
	const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown }
	const given = typeof status === 'number' ? status : statusCode
	return typeof given === 'number' && given >= 400 && given < 600 ? given : 500
}

/**
 * The last handler: answers an error that reached Express (rather than the pages, which have
 * error pages of their own) with its status, and logs it with its stack when it is the
 * server's fault. A refusal of what was sent (a malformed address, say) is not logged: anyone
 * can send any number of them.
 */
export function answerErrors(log: Logger): ErrorRequestHandler {
	return (error, req, res, _next) => {
		const status = statusOf(error)
		if (status >= 500) logError('Request failed', error, { method: req.method, path: pathOf(req) }, log)
		// Half a response has gone: all that is left is to end the connection.
		if (res.headersSent) return void req.socket.destroy()
		res
			.status(status)
			.type('text/plain')
			.send(STATUS_CODES[status] ?? 'Error')
	}
}
