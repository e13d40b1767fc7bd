import { beforeAll, describe, expect, test } from 'vitest'
import { hoursLine, matrixVersion, setUpMatrixTender, textLine } from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { startMatrix } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let tenderId: number
let hoursMeasure: number
let textMeasure: number
let supplierA: SessionUser
let colleagueA: SessionUser

beforeAll(async () => {
	;({ tenderId, hoursMeasure, textMeasure, supplierA, colleagueA } = await setUpMatrixTender('MX-1', now))
})

const version = matrixVersion

describe('a supplier’s matrix lines', () => {
	test('saved lines are valued in pence, with totals, and drafts may be half filled', () => {
		const { matrixId } = startMatrix(supplierA, tenderId, ctx) as { matrixId: number }
		expect(
			saveLine(supplierA, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, ctx),
		).toEqual({ ok: true })
		expect(
			saveLine(
				supplierA,
				{ matrixId, measureId: textMeasure, version: version(matrixId), entry: { ...textLine, methodStatement: '' } },
				ctx,
			),
		).toEqual({ ok: true })
		const workspace = loadMatrixWorkspace(matrixId)!
		expect(workspace.lines.map((l) => [l.measure.code, l.status, l.valuePence])).toEqual([
			['V-1', 'completed', 338_600],
			['V-2', 'in_progress', null],
		])
		expect(workspace.totals.totalPence).toBe(338_600)
		expect(workspace.totals.percentOfContractBasisPoints).toBe(339)
	})

	test('the later of two saves from the same starting version is refused, and the first is kept', () => {
		const { matrixId } = startMatrix(supplierA, tenderId, ctx) as { matrixId: number }
		const seen = version(matrixId)
		expect(
			saveLine(
				supplierA,
				{ matrixId, measureId: hoursMeasure, version: seen, entry: { ...hoursLine, responsibleName: 'First tab' } },
				ctx,
			).ok,
		).toBe(true)
		expect(
			saveLine(
				colleagueA,
				{ matrixId, measureId: hoursMeasure, version: seen, entry: { ...hoursLine, responsibleName: 'Second tab' } },
				ctx,
			),
		).toMatchObject({ ok: false, status: 409 })
		expect(loadMatrixWorkspace(matrixId)!.lines[0]!.entry?.responsibleName).toBe('First tab')
	})
})
