import { comparisonCsvHeader } from '#app/domain/toms/edition-comparison.ts'
import { fileDownload, safeFileName, tableCsv } from '#app/infra/table-export.server.ts'
import { editionComparisonCsvRows } from '#app/lib/toms-compare.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { readComparisonRequest } from '#app/routes/shared/edition-comparison-request.server.ts'
import type { Route } from './+types/toms-compare-csv.ts'

/** The compare page's changes as CSV, on the same terms: drafts for administrators only. */
export function loader({ request, params }: Route.LoaderArgs) {
	const council = publicCouncil(request, params)
	const asked = readComparisonRequest(request, council.id)
	if (asked.state === 'blank') throw new Response('Choose two editions to compare', { status: 400 })
	if (asked.state === 'refused') {
		const messages = Object.values(asked.result.error ?? {}).flat()
		throw new Response(messages.join('\n'), { status: asked.status })
	}
	const { from, to } = asked
	const body = tableCsv(comparisonCsvHeader, editionComparisonCsvRows(council.id, from.id, to.id))
	return fileDownload('csv', safeFileName(`toms-changes-${from.name}-to-${to.name}`, 'toms-changes'), body)
}
