import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { contractImports, contracts, tomsEditions, tomsMeasures, tomsOutcomes, tomsThemes, users } from '#db/schema.ts'
import { checkImportFile, type CheckResult, type ImportSheets } from '#app/domain/contracts/import/check-file.ts'
import { countPlan, type ImportCounts, type ImportPlan, type ImportWorld } from '#app/domain/contracts/import/plan.ts'
import type { SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { groupBy } from '#app/domain/group-by.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { getSettings } from './settings.server.ts'
import { matchSupplier } from './supplier-contacts.server.ts'
import { unitCatalogue } from './units.server.ts'

// A contracts import file is checked when it is uploaded and held, with what it would create,
// until an administrator has seen the preview and confirms it (contract-import-confirm.server.ts).

type Ctx = { ip: string; now: number }

/** A held file not confirmed within a day is forgotten: the next upload clears it away. */
export const HELD_CONTRACT_IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000

/** Everything in the portal a file is checked against, as it is now. */
export function importWorld(councilId: number, now: number, tx: DbOrTx = db): ImportWorld {
	const editions = tx
		.select({ id: tomsEditions.id, name: tomsEditions.name })
		.from(tomsEditions)
		.where(and(eq(tomsEditions.councilId, councilId), eq(tomsEditions.status, 'published')))
		.all()
	const measures = editions.length
		? tx
				.select({
					editionId: tomsMeasures.editionId,
					id: tomsMeasures.id,
					code: tomsMeasures.code,
					title: tomsMeasures.title,
					themeName: tomsThemes.name,
					unit: tomsMeasures.unit,
					proxyValuePence: tomsMeasures.proxyValuePence,
				})
				.from(tomsMeasures)
				.innerJoin(tomsOutcomes, eq(tomsOutcomes.id, tomsMeasures.outcomeId))
				.innerJoin(tomsThemes, eq(tomsThemes.id, tomsOutcomes.themeId))
				.where(
					inArray(
						tomsMeasures.editionId,
						editions.map((e) => e.id),
					),
				)
				.orderBy(asc(tomsMeasures.position))
				.all()
		: []
	const byEdition = groupBy(measures, (m) => m.editionId)
	const settings = getSettings(councilId, tx)
	return {
		editions: editions.map((edition) => ({
			...edition,
			measures: (byEdition.get(edition.id) ?? []).map(({ editionId: _, ...measure }) => measure),
		})),
		managers: tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(
				and(
					eq(users.organisationId, councilId),
					inArray(users.role, ['contract_manager', 'admin']),
					eq(users.status, 'active'),
				),
			)
			.all(),
		takenReferences: new Set(
			tx
				.select({ reference: sql<string>`lower(${contracts.reference})` })
				.from(contracts)
				.where(eq(contracts.councilId, councilId))
				.all()
				.map((row) => row.reference),
		),
		takenEmails: new Set(
			tx
				.select({ email: users.email })
				.from(users)
				.all()
				.map((row) => row.email.toLowerCase()),
		),
		units: unitCatalogue(councilId),
		matchSupplier: (supplier) => matchSupplier(tx, supplier),
		financialYearStartMonth: settings.financialYearStartMonth,
		returnDueDays: settings.returnDueDays,
		today: toLondonDateTime(now).date,
	}
}

/** A file's sheets checked against the portal now. */
export function checkImport(councilId: number, sheets: ImportSheets, now: number): CheckResult {
	return checkImportFile(sheets, importWorld(councilId, now))
}

export type HeldContractImport = {
	id: number
	fileName: string
	createdAt: number
	plan: ImportPlan
	counts: ImportCounts
}

/** Holds a checked file for preview, and forgets held files nobody confirmed within a day. */
export function holdContractImport(admin: SessionUser, fileName: string, plan: ImportPlan, ctx: Ctx): number {
	return db.transaction((tx) => {
		// council-scope: housekeeping: files nobody confirmed within a day are forgotten, whoever's.
		tx.delete(contractImports)
			.where(
				and(
					eq(contractImports.status, 'pending'),
					lt(contractImports.createdAt, ctx.now - HELD_CONTRACT_IMPORT_LIFETIME_MS),
				),
			)
			.run()
		const counts = countPlan(plan)
		const held = tx
			.insert(contractImports)
			.values({
				councilId: admin.organisationId,
				createdByUserId: admin.id,
				fileName,
				status: 'pending',
				contentJson: JSON.stringify(plan),
				summaryJson: JSON.stringify(counts),
				createdAt: ctx.now,
			})
			.returning({ id: contractImports.id })
			.get()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'contracts_import_held',
			subject: { type: 'contract_import', id: held.id },
			detail: { fileName, ...counts },
			ip: ctx.ip,
			councilId: admin.organisationId,
		})
		return held.id
	})
}

/** A council's held import not yet confirmed or discarded; null for any other, and for another council's. */
export function findHeldContractImport(
	councilId: number,
	importId: number,
	tx: DbOrTx = db,
): HeldContractImport | null {
	const row = tx
		.select()
		.from(contractImports)
		.where(
			and(
				eq(contractImports.id, importId),
				eq(contractImports.councilId, councilId),
				eq(contractImports.status, 'pending'),
			),
		)
		.get()
	if (!row) return null
	return {
		id: row.id,
		fileName: row.fileName,
		createdAt: row.createdAt,
		plan: JSON.parse(row.contentJson) as ImportPlan,
		counts: JSON.parse(row.summaryJson) as ImportCounts,
	}
}

/** Forgets a held import without creating anything. */
export function discardContractImport(admin: SessionUser, importId: number, ctx: Ctx): boolean {
	return db.transaction((tx) => {
		const discarded = tx
			.update(contractImports)
			.set({ status: 'discarded', contentJson: '{}' })
			.where(
				and(
					eq(contractImports.id, importId),
					eq(contractImports.councilId, admin.organisationId),
					eq(contractImports.status, 'pending'),
				),
			)
			.run()
		if (discarded.changes === 0) return false
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'contracts_import_discarded',
			subject: { type: 'contract_import', id: importId },
			ip: ctx.ip,
			councilId: admin.organisationId,
		})
		return true
	})
}

/** Problems with the whole file, not at any cell. */
export function fileProblems(messages: string[]): SheetProblem[] {
	return messages.map((message) => ({ sheet: null, row: null, column: null, message }))
}
