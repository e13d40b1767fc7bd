import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getEnv } from './env.server.ts'

/**
 * Evidence lives on disk, outside anything the web server serves, named by the SHA-256 of
 * its content: the same file uploaded twice is stored once, and no name a person chose ever
 * becomes a path.
 */
export function evidencePath(sha256: string): string {
	if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a SHA-256')
	return path.join(getEnv().evidenceDir, sha256.slice(0, 2), sha256)
}

/** Writes the bytes (atomically: a half-written file never carries the final name) and returns their hash. */
export function storeEvidence(bytes: Uint8Array): string {
	const sha256 = createHash('sha256').update(bytes).digest('hex')
	const target = evidencePath(sha256)
	if (fs.existsSync(target)) return sha256
	fs.mkdirSync(path.dirname(target), { recursive: true })
	const temporary = `${target}.${randomUUID()}.partial`
	fs.writeFileSync(temporary, bytes, { flag: 'wx' })
	fs.renameSync(temporary, target)
	return sha256
}

export function readEvidence(sha256: string): Buffer {
	return fs.readFileSync(evidencePath(sha256))
}
