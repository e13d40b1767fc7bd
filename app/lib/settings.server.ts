import { eq, sql } from 'drizzle-orm'
import { db, preparedQuery, type DbOrTx } from '#db/client.server.ts'
import { contracts, councils, organisations } from '#db/schema.ts'
import { defaultSettings, parseLeadDays, type CouncilSettings } from '#app/domain/council-settings.ts'
import { recordAudit } from './audit.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import type { SessionUser } from './auth.server.ts'

function selectSettings(connection: DbOrTx) {
	return connection
		.select({ councilName: organisations.name, row: councils })
		.from(councils)
		.innerJoin(organisations, eq(organisations.id, councils.id))
		.where(eq(councils.id, sql.placeholder('councilId')))
}

// Every page's header names the council.
const settingsRow = preparedQuery((connection) => selectSettings(connection).prepare())

/** A council's settings; version 0 until its administrator first saves them. */
export function getSettings(councilId: number, tx: DbOrTx = db): CouncilSettings & { version: number } {
	const found = tx === db ? settingsRow().get({ councilId }) : selectSettings(tx).get({ councilId })
	if (!found) throw new Error(`No council ${councilId}`)
	const { councilName, row } = found
	return {
		councilName,
		defaultWeightingPercent: row.defaultWeightingPercent,
		maxMeasuresPerTender: row.maxMeasuresPerTender,
		minimumTenderPeriodDays: row.minimumTenderPeriodDays,
		financialYearStartMonth: row.financialYearStartMonth,
		returnDueDays: row.returnDueDays,
		ragGreenPercent: row.ragGreenPercent,
		ragAmberPercent: row.ragAmberPercent,
		reminderLeadDays: parseLeadDays(row.reminderLeadDays) ?? defaultSettings.reminderLeadDays,
		version: row.version,
	}
}

export function getCouncilName(councilId: number): string {
	return getSettings(councilId).councilName
}

export type SaveSettingsResult = { ok: true } | { ok: false; message: string }

/** Saves the settings if nobody saved them since `version` was read (0 = never saved). */
export function saveSettings(
	admin: SessionUser,
	input: CouncilSettings & { version: number },
	ctx: { ip: string; now: number },
): SaveSettingsResult {
	// An administrator sets their own council's settings, whatever the form says.
	const councilId = admin.organisationId
	return db.transaction((tx): SaveSettingsResult => {
		const current = getSettings(councilId, tx)
		if (current.version !== input.version) {
			return {
				ok: false,
				message:
					'Someone else changed the settings while you were editing them. Check the values below and save again.',
			}
		}
		const values = {
			defaultWeightingPercent: input.defaultWeightingPercent,
			maxMeasuresPerTender: input.maxMeasuresPerTender,
			minimumTenderPeriodDays: input.minimumTenderPeriodDays,
			financialYearStartMonth: input.financialYearStartMonth,
			returnDueDays: input.returnDueDays,
			ragGreenPercent: input.ragGreenPercent,
			ragAmberPercent: input.ragAmberPercent,
			reminderLeadDays: input.reminderLeadDays.join(','),
			updatedAt: ctx.now,
		}
		tx.update(organisations).set({ name: input.councilName }).where(eq(organisations.id, councilId)).run()
		tx.update(councils)
			.set({ ...values, version: sql`${councils.version} + 1` })
			.where(eq(councils.id, councilId))
			.run()
		// The dashboards' yearly figures follow the financial year; the database rebuilds the
		// delivered totals itself (migration 0012), and the expected shares are rebuilt here.
		if (current.financialYearStartMonth !== input.financialYearStartMonth) {
			for (const contract of tx
				.select({ id: contracts.id })
				.from(contracts)
				.where(eq(contracts.councilId, councilId))
				.all())
				syncCommitmentSchedule(tx, contract.id, input.financialYearStartMonth)
		}
		const { version: _v, ...before } = current
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			councilId,
			action: 'settings_changed',
			subject: { type: 'council', id: councilId },
			detail: {
				before,
				after: { councilName: input.councilName, ...values, reminderLeadDays: input.reminderLeadDays },
			},
			ip: ctx.ip,
		})
		return { ok: true }
	})
}
