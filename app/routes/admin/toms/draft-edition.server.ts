import { href, redirect } from 'react-router'
import { councilEdition } from '#app/lib/toms-queries.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { withNotice } from '#app/components/notices.ts'

/**
 * The council's draft a page changes, or a 404: a published edition has no pages that change
 * it, and another council's does not exist for this one's administrators.
 */
export function draftEditionOr404(councilId: number, param: string | undefined) {
	const edition = councilEdition(councilId, parseId(param))
	if (!edition || edition.status !== 'draft') throw new Response('Not found', { status: 404 })
	return edition
}

/** Back to the draft's page once its proxy values were saved, saying so, or that none changed. */
export function backToDraft(
	editionId: number,
	changed: number,
	notice: 'proxy-values-uplifted' | 'proxy-values-saved',
) {
	const editionPath = href('/admin/toms/:editionId', { editionId: String(editionId) })
	return redirect(withNotice(editionPath, changed === 0 ? 'proxy-values-unchanged' : notice))
}
