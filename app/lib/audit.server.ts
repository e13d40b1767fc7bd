import type { DbOrTx } from '#db/client.server.ts'
import { auditEvents } from '#db/schema.ts'

export type AuditAction =
	| 'sign_in'
	| 'sign_in_failed'
	| 'sign_out'
	| 'password_changed'
	| 'password_reset_requested'
	| 'user_invited'
	| 'invitation_accepted'
	| 'role_changed'
	| 'user_disabled'
	| 'user_enabled'
	| 'toms_edition_created'
	| 'toms_edition_imported'
	| 'toms_edition_published'
	| 'toms_edition_retired'
	| 'toms_edition_made_current'
	| 'toms_edition_deleted'
	| 'toms_edition_changed'
	| 'toms_edition_shared'
	| 'toms_edition_adopted'
	| 'unit_added'
	| 'unit_changed'
	| 'unit_retired'
	| 'unit_restored'
	| 'unit_deleted'
	| 'council_priority_saved'
	| 'settings_changed'
	| 'tender_created'
	| 'tender_changed'
	| 'tender_amended'
	| 'tender_published'
	| 'tender_cancelled'
	| 'supplier_registered'
	| 'email_verified'
	| 'member_invited'
	| 'member_removed'
	| 'reminder_recipients_changed'
	| 'organisation_changed'
	| 'matrix_started'
	| 'matrix_submitted'
	| 'matrix_withdrawn'
	| 'matrix_scored'
	| 'matrix_decided'
	| 'matrix_uploaded'
	| 'matrix_line_commented'
	| 'contract_awarded'
	| 'contract_changed'
	| 'contract_recorded'
	| 'supplier_added'
	| 'contracts_import_held'
	| 'contracts_import_discarded'
	| 'contracts_imported'
	| 'matrix_entered'
	| 'contract_draft_discarded'
	| 'mail_retried'
	| 'return_started'
	| 'evidence_added'
	| 'evidence_removed'
	| 'return_submitted'
	| 'return_decided'
	| 'return_reopened'
	| 'return_commented'
	| 'maturity_assessment_started'
	| 'maturity_levels_saved'
	| 'maturity_actions_saved'
	| 'calendar_feed_created'
	| 'calendar_feed_reset'
	| 'council_created'
	| 'deployment_role_granted'
	| 'deployment_role_removed'

export type AuditEvent = {
	at: number
	actorUserId: number | null
	/** The council whose records the event is about; none for a supplier's own account. */
	councilId?: number | null
	action: AuditAction
	subject?: { type: string; id: string | number }
	detail?: Record<string, unknown>
	ip?: string | null
}

/** Call inside the transaction that makes the change, so the two land together or not at all. */
export function recordAudit(tx: DbOrTx, event: AuditEvent) {
	tx.insert(auditEvents)
		.values({
			at: event.at,
			actorUserId: event.actorUserId,
			councilId: event.councilId ?? null,
			action: event.action,
			subjectType: event.subject?.type ?? null,
			subjectId: event.subject ? String(event.subject.id) : null,
			detail: event.detail ?? null,
			ip: event.ip ?? null,
		})
		.run()
}
