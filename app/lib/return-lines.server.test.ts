import { zipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { answeredInHours, at, returnVersion, setUpOpenReturn } from '#tests/returns-fixture.ts'
import type { SessionUser } from './auth.server.ts'
import { evidenceForDownload } from './evidence-access.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { addEvidence, removeEvidence, saveReturnLine } from './return-lines.server.ts'
import { submitReturn } from './return-submission.server.ts'

const start = Date.UTC(2027, 0, 10, 9)
let fixture: Awaited<ReturnType<typeof setUpOpenReturn>>
let returnId: number
let hoursCommitment: number

const version = returnVersion

beforeAll(async () => {
	fixture = await setUpOpenReturn('RT-1', start)
	;({ returnId, hoursCommitment } = fixture)
})

describe('a progress return being filled in', () => {
	test('a half-filled draft saves; submission needs every answer; a stale save is refused', () => {
		const ctx = at('2027-10-03T09:00:00Z')
		expect(
			saveReturnLine(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId), entry: answeredInHours(40_00) },
				ctx,
			),
		).toEqual({ ok: true })
		expect(
			saveReturnLine(
				fixture.colleagueA,
				{ returnId, commitmentId: hoursCommitment, version: version(returnId) - 1, entry: answeredInHours(1) },
				ctx,
			),
		).toMatchObject({ ok: false, status: 409 })
		expect(submitReturn(fixture.supplierA, { returnId, version: version(returnId) }, ctx)).toMatchObject({
			ok: false,
			problems: ['V-2: Say what you delivered in the period', 'V-2: Select how the milestones stand'],
		})
	})

	test('evidence is kept by content hash and only its supplier and the council can download it', () => {
		const ctx = at('2027-10-03T10:00:00Z')
		const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF')
		expect(
			addEvidence(
				fixture.supplierB,
				{ returnId, commitmentId: hoursCommitment, fileName: 'x.pdf', type: 'pdf', bytes: pdf },
				ctx,
			),
		).toMatchObject({ ok: false, status: 404 })
		expect(
			addEvidence(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, fileName: 'timesheets.pdf', type: 'pdf', bytes: pdf },
				ctx,
			),
		).toEqual({ ok: true })
		const xlsx = zipSync({
			'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
			'[Content_Types].xml': new TextEncoder().encode('<Types/>'),
		})
		expect(
			addEvidence(
				fixture.supplierA,
				{ returnId, commitmentId: hoursCommitment, fileName: 'hours.xlsx', type: 'xlsx', bytes: xlsx },
				ctx,
			),
		).toEqual({ ok: true })
		const files = loadReturn(returnId)!.evidence
		expect(files.map((f) => f.fileName)).toEqual(['timesheets.pdf', 'hours.xlsx'])
		const first = files[0]!.id
		expect(Buffer.from(evidenceForDownload(fixture.supplierA, first)!.bytes).toString()).toContain('%PDF-1.7')
		expect(evidenceForDownload(fixture.admin, first)?.mimeType).toBe('application/pdf')
		expect(evidenceForDownload(fixture.supplierB, first)).toBeNull()
		expect(removeEvidence(fixture.supplierB, { returnId, evidenceId: files[1]!.id }, ctx)).toMatchObject({
			ok: false,
			status: 404,
		})
		expect(removeEvidence(fixture.supplierA, { returnId, evidenceId: files[1]!.id }, ctx)).toEqual({ ok: true })
		expect(loadReturn(returnId)!.evidence).toHaveLength(1)
	})

	test('an answer and a file are saved together, or neither is', () => {
		const ctx = at('2027-10-03T11:00:00Z')
		const csv = new TextEncoder().encode('Date,Hours\n2027-09-01,12\n')
		const before = loadReturn(returnId)!
		const file = { fileName: 'hours.csv', type: 'csv' as const, bytes: csv }
		const stale = saveReturnLine(
			fixture.supplierA,
			{
				returnId,
				commitmentId: hoursCommitment,
				version: version(returnId) - 1,
				entry: answeredInHours(41_00),
				evidence: file,
			},
			ctx,
		)
		expect(stale).toMatchObject({ ok: false, status: 409 })
		const stranger = saveReturnLine(
			fixture.supplierB,
			{
				returnId,
				commitmentId: hoursCommitment,
				version: version(returnId),
				entry: answeredInHours(41_00),
				evidence: file,
			},
			ctx,
		)
		expect(stranger).toMatchObject({ ok: false, status: 404 })
		expect(loadReturn(returnId)!.lines.get(hoursCommitment)).toEqual(before.lines.get(hoursCommitment))
		expect(loadReturn(returnId)!.evidence).toEqual(before.evidence)

		expect(
			saveReturnLine(
				fixture.supplierA,
				{
					returnId,
					commitmentId: hoursCommitment,
					version: version(returnId),
					entry: answeredInHours(42_00),
					evidence: file,
				},
				ctx,
			),
		).toEqual({ ok: true })
		const after = loadReturn(returnId)!
		expect(after.lines.get(hoursCommitment)?.deliveredHundredths).toBe(42_00)
		expect(after.evidence.map((f) => f.fileName)).toEqual(['timesheets.pdf', 'hours.csv'])
	})

	test('an answer and the removal of a file are saved together, or neither is', () => {
		const ctx = at('2027-10-03T12:00:00Z')
		const before = loadReturn(returnId)!
		const csv = before.evidence.find((f) => f.fileName === 'hours.csv')!
		const remove = (removeEvidenceId: number, user: SessionUser = fixture.supplierA) =>
			saveReturnLine(
				user,
				{
					returnId,
					commitmentId: hoursCommitment,
					version: version(returnId),
					entry: answeredInHours(43_00),
					removeEvidenceId,
				},
				ctx,
			)
		expect(remove(csv.id, fixture.supplierB)).toMatchObject({ ok: false, status: 404 })
		expect(remove(csv.id + 1000)).toEqual({ ok: false, message: 'File not found', status: 404, field: 'evidence' })
		expect(loadReturn(returnId)!.lines.get(hoursCommitment)).toEqual(before.lines.get(hoursCommitment))
		expect(loadReturn(returnId)!.evidence).toEqual(before.evidence)

		expect(remove(csv.id)).toEqual({ ok: true })
		const after = loadReturn(returnId)!
		expect(after.lines.get(hoursCommitment)?.deliveredHundredths).toBe(43_00)
		expect(after.evidence.map((f) => f.fileName)).toEqual(['timesheets.pdf'])
		// Once removed, it cannot be removed again.
		expect(remove(csv.id)).toMatchObject({ ok: false, status: 404 })
	})
})
