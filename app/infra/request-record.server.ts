import { AsyncLocalStorage } from 'node:async_hooks'
import { singleton } from './singleton.server.ts'

/** What the portal learns about a request while answering it, for its line in the log. */
export type RequestRecord = { userId?: number }

// Kept on globalThis: the server that starts the record and the pages that fill it in are
// separate bundles, each with its own copy of this module.
function records() {
	return singleton('request-records', () => new AsyncLocalStorage<RequestRecord>())
}

/** Runs `answer` with `record` as the record of the request it answers, all the way through. */
export function recordingRequest<T>(record: RequestRecord, answer: () => T): T {
	return records().run(record, answer)
}

/** Notes who sent the request being answered, once their session has been checked. */
export function noteSignedInUser(userId: number) {
	const record = records().getStore()
	if (record) record.userId = userId
}
