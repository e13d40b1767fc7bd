import { requireRole } from '#app/lib/auth.server.ts'
import { reportYear } from '#app/lib/annual-report.server.ts'
import {
	caseStudiesHeader,
	caseStudyRows,
	commitmentRows,
	commitmentsHeader,
	contractTotalsHeader,
	contractTotalsRows,
	deliveryHeader,
	deliveryRowChunks,
} from '#app/lib/delivery-export.server.ts'
import {
	acceptsGzip,
	csvDownload,
	isExportFormat,
	streamedXlsxDownload,
	tableDownload,
} from '#app/infra/table-export.server.ts'
import type { Route } from './+types/delivery-export.ts'

const datasets = ['commitments', 'delivery', 'case-studies', 'contracts']

/**
 * A council's exports, of its own contracts only: commitments, or delivery lines, of a contract
 * manager's own contracts or (for an administrator) all the council's; and a year's case
 * studies and contract totals, which the annual report covers council-wide.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	if (!isExportFormat(params.format) || !datasets.includes(params.dataset))
		throw new Response('Not found', { status: 404 })
	const councilId = user.organisationId
	if (params.dataset === 'case-studies') {
		const { year } = reportYear(councilId, new URL(request.url).searchParams.get('year'), Date.now())
		return tableDownload(params.format, `case-studies-${year.key}`, {
			sheet: `Case studies ${year.key}`,
			header: caseStudiesHeader,
			rows: caseStudyRows(councilId, year, user),
			widths: [18, 30, 30, 40, 14, 14, 80],
		})
	}
	if (params.dataset === 'contracts') {
		const { year } = reportYear(councilId, new URL(request.url).searchParams.get('year'), Date.now())
		return tableDownload(params.format, `contracts-${year.key}`, {
			sheet: `Contracts ${year.key}`,
			header: contractTotalsHeader,
			rows: contractTotalsRows(councilId, year, user),
			widths: [50, 30, 18, 18],
		})
	}
	const scope =
		user.role === 'admin' ? { viewer: user, councilId } : { viewer: user, councilId, contractManagerId: user.id }
	if (params.dataset === 'commitments') {
		return tableDownload(params.format, 'commitments', {
			sheet: 'Commitments',
			header: commitmentsHeader,
			rows: commitmentRows(scope),
			widths: [18, 30, 30, 20, 12, 12, 10, 40, 20, 16, 12, 30, 12, 14, 14, 14],
		})
	}
	// Every period of every contract: streamed rather than built whole, in either format; the
	// CSV is cached for whoever has the same contracts in view until the data changes.
	if (params.format === 'csv') {
		const cacheAs = `delivery-csv:${councilId}:${scope.contractManagerId ?? 'all'}`
		return csvDownload('delivery', deliveryHeader, deliveryRowChunks(scope), {
			gzip: acceptsGzip(request.headers.get('accept-encoding')),
			cacheAs,
		})
	}
	return streamedXlsxDownload(
		'delivery',
		{
			sheet: 'Delivery',
			header: deliveryHeader,
			widths: [18, 30, 12, 12, 12, 12, 20, 10, 10, 40, 16, 12, 30, 14, 14, 12],
		},
		deliveryRowChunks(scope),
	)
}
