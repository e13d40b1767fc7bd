import fs from 'node:fs/promises'
import path from 'node:path'
import type { StoredMail } from './mail-transport.server.ts'

const MAIL_ID = /^\d+-[a-z0-9]+$/i

async function readMessage(mailDir: string, id: string): Promise<StoredMail | null> {
	if (!MAIL_ID.test(id)) return null
	try {
		return JSON.parse(await fs.readFile(path.join(mailDir, `${id}.json`), 'utf8')) as StoredMail
	} catch {
		return null
	}
}

/** The newest messages first; file names start with the send time so they sort by it. */
export async function listMail(mailDir: string, { limit, offset }: { limit: number; offset: number }) {
	let names: string[]
	try {
		names = (await fs.readdir(mailDir)).filter((name) => name.endsWith('.json'))
	} catch {
		names = []
	}
	names.sort().reverse()
	const page = names.slice(offset, offset + limit).map((name) => name.slice(0, -'.json'.length))
	const messages = await Promise.all(page.map((id) => readMessage(mailDir, id)))
	return { total: names.length, messages: messages.filter((message) => message !== null) }
}

export function readMail(mailDir: string, id: string) {
	return readMessage(mailDir, id)
}
