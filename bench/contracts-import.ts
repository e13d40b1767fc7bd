// The bulk import of a council's live contracts on the day it adopts the portal: a workbook of
// 500 contracts with 10 commitments each, their milestones and two years of half-yearly
// delivery, read, checked, held and confirmed, as the upload and confirm pages do. Timed in
// this process, as one administrator's upload and confirmation are. Imported by run.ts once
// the database module knows which file to use.
import { performance } from 'node:perf_hooks'
import { eq } from 'drizzle-orm'
import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import {
	COMMITMENT_COLUMNS,
	CONTRACT_COLUMNS,
	DELIVERY_COLUMNS,
	MILESTONE_COLUMNS,
} from '#app/domain/contracts/import/layout.ts'
import { describeProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { financialYearStartYear } from '#app/domain/financial-year.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import type { MeasureContent } from '#app/domain/toms/content.ts'
import { confirmContractImport } from '#app/lib/contract-import-confirm.server.ts'
import { readImportWorkbook } from '#app/lib/contract-import-file.server.ts'
import { checkImport, holdContractImport } from '#app/lib/contract-import.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import type { ContractsImportResult } from '#server/bench/targets.ts'

const EDITION = 'Bench import edition'
const MEASURES = 10

type Cell = string | number | null

function measure(n: number): MeasureContent {
	return {
		code: `BI-${n}`,
		title: `Imported measure ${n}`,
		unit: n === MEASURES ? 'text' : 'hours',
		proxyValuePence: n === MEASURES ? null : 1000 + n,
		guidance: '',
		evidenceGuidance: '',
		priorityCodes: [],
	}
}

/** The workbook's sheets: `contracts` contracts over half as many new suppliers, each contract three years long. */
function importSheets(contracts: number, managerEmail: string, now: number): Record<string, Cell[][]> {
	const thisYear = financialYearStartYear(toLondonDateTime(now).date, 4)
	const first = thisYear - 2
	const reference = (n: number) => `BENCH-IMP-${n}`
	const codes = Array.from({ length: MEASURES }, (_, i) => `BI-${i + 1}`)
	const contractRows: Cell[][] = []
	const commitmentRows: Cell[][] = []
	const milestoneRows: Cell[][] = []
	const deliveryRows: Cell[][] = []
	const periods = [
		[`01/04/${first}`, `01/10/${first}`],
		[`01/10/${first}`, `01/04/${first + 1}`],
		[`01/04/${first + 1}`, `01/10/${first + 1}`],
		[`01/10/${first + 1}`, `01/04/${first + 2}`],
	]
	for (let n = 1; n <= contracts; n++) {
		const supplier = Math.ceil(n / 2)
		contractRows.push([
			reference(n),
			`Imported contract ${n}`,
			`Bench Imported Supplier ${supplier} Ltd`,
			String(20_000_000 + supplier),
			'SME',
			`Contact ${supplier}`,
			`contact${supplier}@bench-imported.example`,
			managerEmail,
			1_000_000 + n,
			`01/04/${first}`,
			`31/03/${first + 3}`,
			'Half-yearly',
			'No',
			EDITION,
		])
		for (const code of codes) {
			const words = code === codes.at(-1)
			commitmentRows.push([
				reference(n),
				code,
				words ? null : 300,
				words ? 'A quarterly community event' : null,
				'Jo Baker',
				'Social value lead',
				'jo@bench-imported.example',
				'Our staff volunteer with local organisations, recorded in timesheets every month.',
			])
			if (!words)
				for (const [year, total] of [
					[first + 1, 100],
					[first + 2, 200],
					[first + 3, 300],
				] as const)
					milestoneRows.push([reference(n), code, `31/03/${year}`, total])
			for (const [period, approvedOn] of periods)
				deliveryRows.push([reference(n), code, period!, words ? 'Event held' : 25, 'Yes', approvedOn!])
		}
	}
	const headers = (columns: readonly { header: string }[]) => columns.map((c) => c.header)
	return {
		Contracts: [headers(CONTRACT_COLUMNS), ...contractRows],
		Commitments: [headers(COMMITMENT_COLUMNS), ...commitmentRows],
		Milestones: [headers(MILESTONE_COLUMNS), ...milestoneRows],
		Delivery: [headers(DELIVERY_COLUMNS), ...deliveryRows],
	}
}

/** A published edition of ten measures and the workbook importing `contracts` contracts against it. */
export async function prepareContractsImport(adminUserId: number, contracts: number) {
	const admin = db.select().from(users).where(eq(users.id, adminUserId)).get()!
	const now = Date.now()
	const ctx = { ip: '127.0.0.1', now }
	const created = createEdition(admin, { name: EDITION, description: '', copyFromId: null }, ctx)
	if (!created.ok) throw new Error(created.message)
	replaceEditionContent(
		admin,
		created.editionId,
		{
			themes: [
				{
					name: 'Imported theme',
					outcomes: [
						{ name: 'Imported outcome', measures: Array.from({ length: MEASURES }, (_, i) => measure(i + 1)) },
					],
				},
			],
		},
		ctx,
	)
	const published = publishEdition(admin, created.editionId, getEdition(created.editionId)!.version, ctx)
	if (!published.ok) throw new Error(published.message)
	const sheets = importSheets(contracts, admin.email, now)
	const workbook = await writeXlsxFile(
		Object.entries(sheets).map(([sheet, rows]) => ({
			sheet,
			data: rows.map((row) => row.map((value) => (value === null ? null : { value }))) as SheetData,
		})),
	).toBuffer()
	return { admin, contracts, bytes: new Uint8Array(workbook), deliveryRows: sheets.Delivery!.length - 1 }
}

/** Reads, checks and holds the workbook, then confirms it: what an administrator waits for, upload and confirmation together. */
export async function timeContractsImport(
	prepared: Awaited<ReturnType<typeof prepareContractsImport>>,
): Promise<ContractsImportResult> {
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const start = performance.now()
	const read = await readImportWorkbook(prepared.bytes)
	if (!read.ok) throw new Error(read.problems.map(describeProblem).join('\n'))
	const checked = checkImport(prepared.admin.organisationId, read.sheets, ctx.now)
	if (!checked.ok) throw new Error(checked.problems.slice(0, 5).map(describeProblem).join('\n'))
	const importId = holdContractImport(prepared.admin, 'bench.xlsx', checked.plan, ctx)
	const checkedMs = performance.now() - start
	const confirmed = confirmContractImport(prepared.admin, importId, ctx)
	if (!confirmed.ok) throw new Error(confirmed.messages.join('\n'))
	const ms = performance.now() - start
	console.log(
		`Contracts import, ${prepared.contracts} contracts: read and checked in ${(checkedMs / 1000).toFixed(1)} s, imported in ${(ms / 1000).toFixed(1)} s`,
	)
	return {
		contracts: confirmed.counts.contracts,
		commitments: confirmed.counts.commitments,
		deliveryRows: prepared.deliveryRows,
		fileBytes: prepared.bytes.byteLength,
		checkedMs,
		ms,
	}
}
