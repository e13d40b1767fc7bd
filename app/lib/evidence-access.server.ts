import { and, eq, isNull } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contracts, evidenceFiles, progressReturns } from '#db/schema.ts'
import { evidenceTypes, type EvidenceType } from '#app/domain/returns/evidence-type.ts'
import type { SessionUser } from './auth.server.ts'
import { readEvidence } from '#app/infra/evidence-store.server.ts'
import { canReviewContract } from './return-review.server.ts'

/**
 * An evidence file and its bytes, if this person may have it: a member of the supplier that
 * filed it, the contract's manager, or an administrator. Anyone else gets nothing, not even
 * whether the file exists.
 */
export function evidenceForDownload(user: SessionUser, evidenceId: number) {
	const found = db
		.select({
			file: evidenceFiles,
			organisationId: contracts.organisationId,
			councilId: contracts.councilId,
			contractManagerId: contracts.contractManagerId,
		})
		.from(evidenceFiles)
		.innerJoin(progressReturns, eq(progressReturns.id, evidenceFiles.returnId))
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.where(and(eq(evidenceFiles.id, evidenceId), isNull(evidenceFiles.removedAt)))
		.get()
	if (!found) return null
	const isSupplier = user.role === 'supplier' && user.organisationId === found.organisationId
	if (!isSupplier && !canReviewContract(user, found)) return null
	const type = found.file.type as EvidenceType
	return {
		fileName: found.file.fileName,
		mimeType: evidenceTypes[type].mimeType,
		bytes: readEvidence(found.file.sha256),
	}
}
