import { createReadableStreamFromReadable } from '@react-router/node'
import { isbot } from 'isbot'
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from 'react-dom/server'
import { ServerRouter, isRouteErrorResponse, type AppLoadContext, type EntryContext } from 'react-router'
import { NonceProvider } from '#app/components/nonce.tsx'
import { FlushedChunks } from '#app/infra/flushed-chunks.server.ts'
import { logError } from '#app/infra/logger.server.ts'

export const streamTimeout = 5_000

/**
 * Server errors go to the log. A request refused for what it asked (a POST to a page with no
 * form, say) is the sender's doing, and anyone can send any number of them, so it is not
 * logged; nor is a request the browser gave up on.
 */
export function handleError(error: unknown, { request }: { request: Request }) {
	if (request.signal.aborted) return
	if (isRouteErrorResponse(error) && error.status < 500) return
	logError('Request failed', error, requestFields(request))
}

/** Which request an error belongs to, in the words of its line in the request log. */
function requestFields(request: Request) {
	return { method: request.method, path: new URL(request.url).pathname }
}

export default function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	routerContext: EntryContext,
	loadContext: AppLoadContext,
) {
	if (request.method.toUpperCase() === 'HEAD') {
		return new Response(null, { status: responseStatusCode, headers: responseHeaders })
	}
	const nonce = loadContext.cspNonce
	return new Promise((resolve, reject) => {
		let shellRendered = false
		const userAgent = request.headers.get('user-agent')
		const readyOption: keyof RenderToPipeableStreamOptions =
			(userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady'
		let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)

		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={nonce}>
				<ServerRouter context={routerContext} url={request.url} nonce={nonce} />
			</NonceProvider>,
			{
				nonce,
				[readyOption]() {
					shellRendered = true
					const body = new FlushedChunks({
						final(callback) {
							clearTimeout(timeoutId)
							timeoutId = undefined
							callback()
						},
					})
					responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
					pipe(body)
					resolve(
						new Response(createReadableStreamFromReadable(body), {
							headers: responseHeaders,
							status: responseStatusCode,
						}),
					)
				},
				onShellError(error: unknown) {
					reject(error)
				},
				onError(error: unknown) {
					responseStatusCode = 500
					if (shellRendered) logError('Page failed while streaming', error, requestFields(request))
				},
			},
		)
	})
}
