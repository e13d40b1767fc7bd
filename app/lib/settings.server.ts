import { eq, sql } from 'drizzle-orm'
import { db, preparedQuery, type DbOrTx } from '#db/client.server.ts'
import { contracts, councilSettings } from '#db/schema.ts'
import { defaultSettings, parseLeadDays, type CouncilSettings } from '#app/domain/council-settings.ts'
import { recordAudit } from './audit.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import type { SessionUser } from './auth.server.ts'
import { getEnv } from '#app/infra/env.server.ts'

const SETTINGS_ID = 1

// Every page's header names the council.
const settingsRow = preparedQuery((connection) =>
	connection.select().from(councilSettings).where(eq(councilSettings.id, SETTINGS_ID)).prepare(),
)

/** The council's settings; until an administrator saves them, the defaults and COUNCIL_NAME. */
export function getSettings(tx: DbOrTx = db): CouncilSettings & { version: number } {
	const row =
		tx === db ? settingsRow().get() : tx.select().from(councilSettings).where(eq(councilSettings.id, SETTINGS_ID)).get()
	if (!row) return { councilName: getEnv().COUNCIL_NAME, ...defaultSettings, version: 0 }
	return {
		councilName: row.councilName,
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

export function getCouncilName(): string {
	return getSettings().councilName
}

export type SaveSettingsResult = { ok: true } | { ok: false; message: string }

/** Saves the settings if nobody saved them since `version` was read (0 = never saved). */
export function saveSettings(
	admin: SessionUser,
	input: CouncilSettings & { version: number },
	ctx: { ip: string; now: number },
): SaveSettingsResult {
	return db.transaction((tx): SaveSettingsResult => {
		const current = getSettings(tx)
		if (current.version !== input.version) {
			return {
				ok: false,
				message:
					'Someone else changed the settings while you were editing them. Check the values below and save again.',
			}
		}
		const values = {
			councilName: input.councilName,
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
		if (current.version === 0) {
			tx.insert(councilSettings)
				.values({ id: SETTINGS_ID, ...values, version: 1 })
				.run()
		} else {
			tx.update(councilSettings)
				.set({ ...values, version: sql`${councilSettings.version} + 1` })
				.where(eq(councilSettings.id, SETTINGS_ID))
				.run()
		}
		// The dashboards' yearly figures follow the financial year; the database rebuilds the
		// delivered totals itself (migration 0012), and the expected shares are rebuilt here.
		if (current.financialYearStartMonth !== input.financialYearStartMonth) {
			for (const contract of tx.select({ id: contracts.id }).from(contracts).all())
				syncCommitmentSchedule(tx, contract.id, input.financialYearStartMonth)
		}
		const { version: _v, ...before } = current
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'settings_changed',
			subject: { type: 'council_settings', id: SETTINGS_ID },
			detail: { before, after: { ...values, reminderLeadDays: input.reminderLeadDays } },
			ip: ctx.ip,
		})
		return { ok: true }
	})
}
