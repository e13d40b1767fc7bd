import { eq, sql } from 'drizzle-orm'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation } from '#db/factories.ts'
import { contracts, councils } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import {
	consortiumFilterFrom,
	consortiumYears,
	figuresByCouncil,
	figuresByTheme,
	figuresForSharedSuppliers,
} from './consortium.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
let exampleshire: number
let northshire: number
let sharedSupplier: number
let onlyExampleshire: number

/** What a contract's commitments are worth in all, or in one of its financial years. */
function committedOn(contractId: number, yearKey?: string): number {
	if (yearKey)
		return db.get<{ pence: number }>(sql`select coalesce(sum(cs."expected_pence"), 0) as "pence"
			from "commitment_schedule" cs join "contract_commitments" cc on cc."id" = cs."commitment_id"
			where cc."contract_id" = ${contractId} and cs."year_key" = ${yearKey}`)!.pence
	return db.get<{ pence: number }>(sql`select coalesce(sum("value_pence"), 0) as "pence" from "contract_commitments"
		where "contract_id" = ${contractId}`)!.pence
}

let committed: {
	first: number
	second: number
	third: number
	firstIn2027: number
	secondIn2027: number
	thirdIn2027: number
}

beforeAll(async () => {
	// Two contracts of the first council and one of a second, whose supplier is then made the
	// first contract's: that supplier works for both councils.
	const first = await setUpAwardedContract('CX-1', now)
	const third = await setUpAwardedContract('CX-3', now)
	exampleshire = first.admin.organisationId
	northshire = createOrganisation(db, { kind: 'council', name: 'Northshire District Council' }).id
	const second = await setUpAwardedContract('CX-2', now, { councilId: northshire })
	fileReturn(first, '2027-28-H1', 10, 'approved', '2027-10-05T09:00:00Z')
	fileReturn(second, '2027-28-H1', 20, 'approved', '2027-10-05T09:00:00Z')
	fileReturn(second, '2028-29-H1', 5, 'approved', '2028-10-05T09:00:00Z')
	sharedSupplier = first.supplierA.organisationId
	onlyExampleshire = third.supplierA.organisationId
	db.update(contracts).set({ organisationId: sharedSupplier }).where(eq(contracts.id, second.contractId)).run()
	committed = {
		first: committedOn(first.contractId),
		second: committedOn(second.contractId),
		third: committedOn(third.contractId),
		firstIn2027: committedOn(first.contractId, '2027-28'),
		secondIn2027: committedOn(second.contractId, '2027-28'),
		thirdIn2027: committedOn(third.contractId, '2027-28'),
	}
	expect(committed.first).toBeGreaterThan(0)
})

// 10, 20 and 5 hours at £16.93 an hour.
const hours = (n: number) => n * 1693

test('each council’s committed and delivered, over all time and in a year', () => {
	expect(figuresByCouncil({ startYear: null })).toEqual([
		{
			councilId: exampleshire,
			council: expect.any(String),
			committedPence: committed.first + committed.third,
			deliveredPence: hours(10),
		},
		{
			councilId: northshire,
			council: 'Northshire District Council',
			committedPence: committed.second,
			deliveredPence: hours(25),
		},
	])
	expect(figuresByCouncil({ startYear: 2027 }).map((row) => [row.committedPence, row.deliveredPence])).toEqual([
		[committed.firstIn2027 + committed.thirdIn2027, hours(10)],
		[committed.secondIn2027, hours(20)],
	])
})

test('a council counts a year in its own financial year', () => {
	// Northshire's year runs from January: its 2028 holds the return for April to September 2028.
	db.update(councils).set({ financialYearStartMonth: 1 }).where(eq(councils.id, northshire)).run()
	try {
		expect(figuresByCouncil({ startYear: 2028 }).find((row) => row.councilId === northshire)?.deliveredPence).toBe(
			hours(5),
		)
		expect(figuresByCouncil({ startYear: 2027 }).find((row) => row.councilId === northshire)?.deliveredPence).toBe(
			hours(20),
		)
	} finally {
		db.update(councils).set({ financialYearStartMonth: 4 }).where(eq(councils.id, northshire)).run()
	}
})

test('each theme’s figures council by council', () => {
	expect(figuresByTheme({ startYear: null })).toEqual([
		{
			theme: 'Communities',
			councilId: exampleshire,
			council: expect.any(String),
			committedPence: committed.first + committed.third,
			deliveredPence: hours(10),
		},
		{
			theme: 'Communities',
			councilId: northshire,
			council: 'Northshire District Council',
			committedPence: committed.second,
			deliveredPence: hours(25),
		},
	])
})

test('only suppliers working for more than one council are compared, and a sensitive contract hides its figures', () => {
	const shared = figuresForSharedSuppliers({ startYear: null })
	expect(shared.map((row) => [row.supplierId, row.councilId, row.committedPence, row.deliveredPence])).toEqual([
		[sharedSupplier, exampleshire, committed.first, hours(10)],
		[sharedSupplier, northshire, committed.second, hours(25)],
	])
	expect(shared.some((row) => row.supplierId === onlyExampleshire)).toBe(false)

	db.update(contracts).set({ commerciallySensitive: true }).where(eq(contracts.councilId, northshire)).run()
	try {
		expect(
			figuresForSharedSuppliers({ startYear: null }).map((row) => [
				row.councilId,
				row.committedPence,
				row.deliveredPence,
			]),
		).toEqual([
			[exampleshire, committed.first, hours(10)],
			[northshire, null, null],
		])
		// The council's own total is what it publishes anyway.
		expect(figuresByCouncil({ startYear: null })[1]!.deliveredPence).toBe(hours(25))
	} finally {
		db.update(contracts).set({ commerciallySensitive: false }).where(eq(contracts.councilId, northshire)).run()
	}
})

test('a year asked for is one something is scheduled in, else all time', () => {
	expect(consortiumYears()).toEqual([2028, 2027])
	expect(consortiumFilterFrom(new URLSearchParams('year=2027'))).toEqual({ startYear: 2027 })
	for (const year of ['2031', 'x', ''])
		expect(consortiumFilterFrom(new URLSearchParams({ year }))).toEqual({ startYear: null })
})
