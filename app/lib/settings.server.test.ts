import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents } from '#db/schema.ts'
import { defaultSettings } from '#app/domain/council-settings.ts'
import { getSettings, saveSettings } from './settings.server.ts'

test('until saved, a new council’s settings are the defaults, with its name', () => {
	const council = createOrganisation(db, { kind: 'council', name: 'Testshire Council' })
	expect(getSettings(council.id)).toEqual({ councilName: 'Testshire Council', ...defaultSettings, version: 0 })
})

test('saving records the change, and a save from a stale page is refused', async () => {
	const council = createOrganisation(db, { kind: 'council' })
	const row = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	const admin = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
	const ctx = { ip: '127.0.0.1', now: Date.now() }
	const input = {
		...getSettings(council.id),
		councilName: 'Northshire Council',
		defaultWeightingPercent: 15,
		reminderLeadDays: [21, 7, 1],
	}
	expect(saveSettings(admin, input, ctx)).toEqual({ ok: true })
	expect(getSettings(council.id)).toMatchObject({
		councilName: 'Northshire Council',
		defaultWeightingPercent: 15,
		reminderLeadDays: [21, 7, 1],
		version: 1,
	})
	expect(saveSettings(admin, { ...input, councilName: 'Stale' }, ctx).ok).toBe(false)
	expect(getSettings(council.id).councilName).toBe('Northshire Council')
	expect(db.select().from(auditEvents).where(eq(auditEvents.action, 'settings_changed')).all()).toHaveLength(1)
})
