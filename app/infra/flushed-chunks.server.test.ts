import { expect, test } from 'vitest'
import { FlushedChunks } from './flushed-chunks.server.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

test('what is written between flushes comes out as one chunk, and the rest at the end', async () => {
	const stream = new FlushedChunks()
	const chunks: string[] = []
	stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
	const ended = new Promise((resolve) => stream.on('end', resolve))
	stream.write(bytes('<html>'))
	stream.write(bytes('<body>'))
	stream.flush()
	stream.flush()
	stream.write(bytes('<p>Later</p>'))
	stream.end(bytes('</body></html>'))
	await ended
	expect(chunks).toEqual(['<html><body>', '<p>Later</p></body></html>'])
})

test('a final hook given as an option still runs, and nothing written is lost', async () => {
	let finalled = false
	const stream = new FlushedChunks({
		final(callback) {
			finalled = true
			callback()
		},
	})
	const chunks: string[] = []
	stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()))
	const ended = new Promise((resolve) => stream.on('end', resolve))
	stream.end(bytes('whole page'))
	await ended
	expect(finalled).toBe(true)
	expect(chunks).toEqual(['whole page'])
})
