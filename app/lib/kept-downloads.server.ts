import { Transform } from 'node:stream'
import { currentContentVersion } from './read-cache.server.ts'
import { singleton } from './singleton.server.ts'

/**
 * Large downloads (the delivery CSV runs to megabytes) kept compressed in this process until
 * the database changes, so the second officer to ask for one, or the same officer again, gets
 * it at once instead of the rows being read and written out afresh. A download is kept under a
 * key that must name everything its content depends on, such as whose contracts it covers.
 */

/** All kept downloads together, in this process; the least recently used go first. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
/** A compressed download bigger than this is sent but not kept. */
const MAX_DOWNLOAD_BYTES = 16 * 1024 * 1024

type Kept = { version: string; bytes: Buffer }

const store = () => singleton('kept-downloads', () => new Map<string, Kept>())

/** The download kept under `key`, if the database has not changed since it was made. */
export function keptDownload(key: string): Buffer | null {
	const kept = store().get(key)
	if (!kept) return null
	store().delete(key)
	if (kept.version !== currentContentVersion()) return null
	// Put back at the end: the most recently used.
	store().set(key, kept)
	return kept.bytes
}

/**
 * Passes a download's compressed bytes on unchanged and, once all of them have passed, keeps
 * them under `key`. `version` is the content version from before the rows were read: if
 * anything changed while they were, the kept copy is never served. A download the client
 * abandons never ends, so it is not kept. Until it ends, `downloadBeingMade` offers it to
 * anyone else asking for the same download.
 */
export function keepingDownload(key: string, version: string): Transform {
	let parts: Buffer[] | null = []
	let size = 0
	let settle: (bytes: Buffer | null) => void = () => {}
	const done = new Promise<Buffer | null>((resolve) => (settle = resolve))
	beingMade().set(key, { version, done })
	const finish = (bytes: Buffer | null) => {
		if (beingMade().get(key)?.done === done) beingMade().delete(key)
		settle(bytes)
	}
	const keeping = new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			if (parts) {
				size += chunk.length
				if (size > MAX_DOWNLOAD_BYTES) parts = null
				else parts.push(chunk)
			}
			callback(null, chunk)
		},
		flush(callback) {
			const bytes = parts ? Buffer.concat(parts) : null
			if (bytes) keep(key, { version, bytes })
			finish(bytes)
			callback()
		},
	})
	// Abandoned or failed: whoever waits for it makes their own.
	keeping.on('close', () => finish(null))
	return keeping
}

type BeingMade = { version: string; done: Promise<Buffer | null> }

const beingMade = () => singleton('downloads-being-made', () => new Map<string, BeingMade>())

/** How long to wait for a copy another request is making: its client may be reading slowly, or not at all. */
const WAIT_FOR_COPY_MS = 5_000

/**
 * The download being made under `key` for the database as it is now, to wait for rather
 * than read the same rows again: the finished copy, or null if it was abandoned or is
 * taking too long.
 */
export async function downloadBeingMade(key: string): Promise<Buffer | null> {
	const making = beingMade().get(key)
	if (!making || making.version !== currentContentVersion()) return null
	let timer: ReturnType<typeof setTimeout> | undefined
	const givenUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_FOR_COPY_MS)))
	try {
		return await Promise.race([making.done, givenUp])
	} finally {
		clearTimeout(timer)
	}
}

function keep(key: string, kept: Kept) {
	const downloads = store()
	downloads.delete(key)
	downloads.set(key, kept)
	let total = 0
	for (const { bytes } of downloads.values()) total += bytes.length
	for (const [oldest, { bytes }] of downloads) {
		if (total <= MAX_TOTAL_BYTES) break
		downloads.delete(oldest)
		total -= bytes.length
	}
}
