import { href, redirect } from 'react-router'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { withNotice } from '#app/components/notices.ts'

/** The draft a page changes, or a 404: a published edition has no pages that change it. */
export function draftEditionOr404(param: string | undefined) {
	const edition = getEdition(parseId(param))
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
