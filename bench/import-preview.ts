// The import of a large spreadsheet into a draft, as far as its preview: the upload read,
// checked and held, then the preview page worked out and drawn. Imported by run.ts once the
// database module knows which file to use.
import { performance } from 'node:perf_hooks'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import type { EditionContent, MeasureContent } from '#app/domain/toms/content.ts'
import { contentToRows } from '#app/domain/toms/spreadsheet-rows.ts'
import { csvText } from '#app/infra/csv.server.ts'
import { createEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import type { ImportPreviewResult } from '#server/bench/targets.ts'

const THEMES = 10
const OUTCOMES_PER_THEME = 10

/** `measures` measures spread over 10 themes of 10 outcomes; `uplift` raises every proxy value, as a yearly file does. */
function largeContent(measures: number, uplift: number): EditionContent {
	const perOutcome = Math.ceil(measures / (THEMES * OUTCOMES_PER_THEME))
	let made = 0
	const measure = (): MeasureContent => {
		made++
		return {
			code: `M-${made}`,
			title: `Measure ${made}: hours of expert support given to local voluntary organisations`,
			unit: 'expert_hours',
			proxyValuePence: Math.round((1000 + made) * uplift),
			guidance: `Count the hours your staff spend giving professional advice for measure ${made}. `.repeat(3).trim(),
			evidenceGuidance: 'Timesheets or a letter from the organisation you supported.',
			priorityCodes: [],
		}
	}
	return {
		themes: Array.from({ length: THEMES }, (_, t) => ({
			name: `Theme ${t + 1}`,
			outcomes: Array.from({ length: OUTCOMES_PER_THEME }, (_, o) => ({
				name: `Outcome ${t + 1}.${o + 1}`,
				measures: Array.from({ length: Math.max(0, Math.min(perOutcome, measures - made)) }, measure),
			})),
		})),
	}
}

/**
 * A draft holding `measures` measures, and a CSV file that changes the proxy value of every one.
 * The draft was built without a file, so every change is also one made by hand: the preview's
 * longest, with its table of changes made by hand as long as its table of changes.
 */
export function prepareImportPreview(adminUserId: number, measures: number) {
	const admin = db.select().from(users).where(eq(users.id, adminUserId)).get()!
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const created = createEdition(admin, { name: 'Bench import draft', description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	replaceEditionContent(admin, created.editionId, largeContent(measures, 1), ctx)
	const csv = Buffer.from(csvText(contentToRows(largeContent(measures, 1.038))))
	return { editionId: created.editionId, measures, csv }
}

/**
 * Uploads the file and loads the preview it leads to, `runs` times in turn; the slowest run is
 * kept, since each is what one administrator waits for.
 */
export async function timeImportPreview(
	appUrl: string,
	cookie: string,
	prepared: ReturnType<typeof prepareImportPreview>,
	runs = 3,
): Promise<ImportPreviewResult> {
	const times: number[] = []
	let bytes = 0
	for (let run = 0; run < runs; run++) {
		const form = new FormData()
		form.append('file', new Blob([prepared.csv], { type: 'text/csv' }), 'measures.csv')
		const start = performance.now()
		const uploaded = await fetch(`${appUrl}/admin/toms/${prepared.editionId}/import`, {
			method: 'POST',
			body: form,
			headers: { cookie, origin: appUrl },
			redirect: 'manual',
		})
		const location = uploaded.headers.get('location')
		if (uploaded.status !== 303 || !location) throw new Error(`The upload answered ${uploaded.status}, not 303`)
		const preview = await fetch(`${appUrl}${location}`, { headers: { cookie, 'accept-encoding': 'gzip' } })
		const body = await preview.arrayBuffer()
		times.push(performance.now() - start)
		if (preview.status !== 200) throw new Error(`The preview (${location}) answered ${preview.status}, not 200`)
		bytes = body.byteLength
	}
	const ms = Math.max(...times)
	console.log(`Import preview, ${prepared.measures} measures: slowest of ${runs} runs ${(ms / 1000).toFixed(1)} s`)
	return { measures: prepared.measures, fileBytes: prepared.csv.byteLength, runs, ms, bytes }
}
