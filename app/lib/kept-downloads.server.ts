import { Transform } from 'node:stream'
import { databaseVersion } from './read-cache.server.ts'
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
	if (kept.version !== databaseVersion()) return null
	// Put back at the end: the most recently used.
	store().set(key, kept)
	return kept.bytes
}

/**
 * Passes a download's compressed bytes on unchanged and, once all of them have passed, keeps
 * them under `key`. `version` is the database's version from before the rows were read: if
 * anything changed while they were, the kept copy is never served. A download the client
 * abandons never ends, so it is not kept.
 */
export function keepingDownload(key: string, version: string): Transform {
	let parts: Buffer[] | null = []
	let size = 0
	return new Transform({
		transform(chunk: Buffer, _encoding, callback) {
			if (parts) {
				size += chunk.length
				if (size > MAX_DOWNLOAD_BYTES) parts = null
				else parts.push(chunk)
			}
			callback(null, chunk)
		},
		flush(callback) {
			if (parts) keep(key, { version, bytes: Buffer.concat(parts) })
			callback()
		},
	})
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
