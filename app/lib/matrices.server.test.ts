import { beforeAll, describe, expect, test } from 'vitest'
import { hoursLine, matrixVersion, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { getOwnMatrix, startMatrix } from './matrices.server.ts'
import { saveLine } from './matrix-lines.server.ts'
import { submitMatrix, withdrawMatrix } from './matrix-submission.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let tenderId: number
let hoursMeasure: number
let supplierA: SessionUser
let colleagueA: SessionUser
let supplierB: SessionUser

beforeAll(async () => {
	;({ tenderId, hoursMeasure, supplierA, colleagueA, supplierB } = await setUpMatrixTender('MX-1', now))
})

const version = matrixVersion

describe('a supplier’s matrix', () => {
	test('one per organisation per tender; any member continues the same one', () => {
		const first = startMatrix(supplierA, tenderId, ctx)
		const again = startMatrix(colleagueA, tenderId, ctx)
		if (!first.ok || !again.ok) throw new Error('not started')
		expect(again.matrixId).toBe(first.matrixId)
	})

	test('another supplier can neither read nor change it', () => {
		const { matrixId } = startMatrix(supplierA, tenderId, ctx) as { matrixId: number }
		expect(getOwnMatrix(supplierB, matrixId)).toBeUndefined()
		expect(
			saveLine(supplierB, { matrixId, measureId: hoursMeasure, version: version(matrixId), entry: hoursLine }, ctx),
		).toMatchObject({ ok: false, status: 404 })
		expect(
			submitMatrix(supplierB, { matrixId, version: version(matrixId), declarationsConfirmed: true }, ctx),
		).toMatchObject({ ok: false, status: 404 })
		expect(withdrawMatrix(supplierB, { matrixId, version: version(matrixId) }, ctx)).toMatchObject({
			ok: false,
			status: 404,
		})
	})

	test('a tender that is not open cannot be started', () => {
		expect(startMatrix(supplierA, 999_999, ctx)).toMatchObject({ ok: false, status: 404 })
	})
})
