import { Transform } from 'node:stream'
import { LRUCache } from 'lru-cache'
import { currentContentVersion } from './read-cache.server.ts'
import { singleton } from './singleton.server.ts'

/**
 * Large downloads (the delivery CSV runs to megabytes) cached compressed in this process until
 * the database changes, so the second officer to ask for one, or the same officer again, gets
 * it at once instead of the rows being read and written out afresh. A download is cached under
 * a key that must name everything its content depends on, such as whose contracts it covers.
 */

/** All cached downloads together, in this process; the least recently used go first. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
/** A compressed download bigger than this is sent but not cached. */
const MAX_DOWNLOAD_BYTES = 16 * 1024 * 1024

type Cached = { version: string; bytes: Buffer }

const cache = () =>
	singleton(
		'download-cache',
		() =>
			new LRUCache<string, Cached>({
				maxSize: MAX_TOTAL_BYTES,
				maxEntrySize: MAX_DOWNLOAD_BYTES,
				// The size counts for the cache's limit and must be at least 1.
				sizeCalculation: (cached) => Math.max(1, cached.bytes.length),
			}),
	)

/** The download cached under `key`, if the database has not changed since it was made. */
export function cachedDownload(key: string): Buffer | null {
	const cached = cache().get(key)
	if (!cached) return null
	if (cached.version === currentContentVersion()) return cached.bytes
	cache().delete(key)
	return null
}

/**
 * Passes a download's compressed bytes on unchanged and, once all of them have passed, caches
 * them under `key`. `version` is the content version from before the rows were read: if
 * anything changed while they were, the cached copy is never served. A download the client
 * abandons never ends, so it is not cached. Until it ends, `downloadBeingMade` offers it to
 * anyone else asking for the same download.
 */
export function cachingDownload(key: string, version: string): Transform {
	let parts: Buffer[] | null = []
	let size = 0
	let settle: (bytes: Buffer | null) => void = () => {}
	const done = new Promise<Buffer | null>((resolve) => (settle = resolve))
	beingMade().set(key, { version, done })
	const finish = (bytes: Buffer | null) => {
		if (beingMade().get(key)?.done === done) beingMade().delete(key)
		settle(bytes)
	}
	const caching = new Transform({
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
			if (bytes) cache().set(key, { version, bytes })
			finish(bytes)
			callback()
		},
	})
	// Abandoned or failed: whoever waits for it makes their own.
	caching.on('close', () => finish(null))
	return caching
}

type BeingMade = { version: string; done: Promise<Buffer | null> }

// Not a cache: every download under way is here until it ends, however many there are.
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
