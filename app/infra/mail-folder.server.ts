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

/** The Message-ID part of a kept message's id ("<sent time>-<Message-ID's letters and digits>"). */
function keyOf(id: string): string {
	return id.slice(id.indexOf('-') + 1)
}

/**
 * The newest messages first, of those whose Message-ID `keep` accepts (by `messageKey`); file
 * names start with the send time so they sort by it.
 */
export async function listMail(
	mailDir: string,
	{ limit, offset, keep }: { limit: number; offset: number; keep: (key: string) => boolean },
) {
	let names: string[]
	try {
		names = (await fs.readdir(mailDir)).filter(
			(name) => name.endsWith('.json') && keep(keyOf(name.slice(0, -'.json'.length))),
		)
	} catch {
		names = []
	}
	names.sort().reverse()
	const page = names.slice(offset, offset + limit).map((name) => name.slice(0, -'.json'.length))
	const messages = await Promise.all(page.map((id) => readMessage(mailDir, id)))
	return { total: names.length, messages: messages.filter((message) => message !== null) }
}

export function readMail(mailDir: string, id: string, keep: (key: string) => boolean) {
	return keep(keyOf(id)) ? readMessage(mailDir, id) : Promise.resolve(null)
}
