import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { cachedDownload, cachingDownload } from './download-cache.server.ts'
import { currentContentVersion } from './read-cache.server.ts'

const MB = 1024 * 1024

/** Sends `bytes` through the cache under `key`, as a download's compressed body goes. */
async function download(key: string, bytes: Buffer) {
	const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() })
	await pipeline(Readable.from([bytes]), cachingDownload(key, currentContentVersion()), sink)
}

test('a download is cached until the content changes', async () => {
	await download('cached: until changed', Buffer.from('delivery'))
	expect(cachedDownload('cached: until changed')?.toString()).toBe('delivery')
	createOrganisation(db, { kind: 'supplier' })
	expect(cachedDownload('cached: until changed')).toBeNull()
})

test('a download over 16 MB is sent but not cached', async () => {
	await download('cached: too big', Buffer.alloc(16 * MB + 1))
	expect(cachedDownload('cached: too big')).toBeNull()
	await download('cached: just fits', Buffer.alloc(16 * MB))
	expect(cachedDownload('cached: just fits')).not.toBeNull()
})

test('beyond 64 MB in all, the least recently used downloads go first', async () => {
	for (const n of [1, 2, 3, 4]) await download(`cached: ${n}`, Buffer.alloc(15 * MB))
	// The first is used again, so the second is now the least recently used.
	expect(cachedDownload('cached: 1')).not.toBeNull()
	await download('cached: 5', Buffer.alloc(15 * MB))
	expect(['1', '2', '3', '4', '5'].map((n) => cachedDownload(`cached: ${n}`) !== null)).toEqual([
		true,
		false,
		true,
		true,
		true,
	])
})
