import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { afterAll, describe, it } from 'vitest'
import { councilScope } from './council-scope.js'

// RuleTester runs its cases through the test framework it is given.
Object.assign(RuleTester, { afterAll, describe, it })

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } })

tester.run('council-scope', councilScope, {
	valid: [
		'db.select().from(tenders).where(eq(tenders.councilId, user.organisationId)).all()',
		'db.select().from(tenders).where(eq(tenders.id, tenderId)).get()',
		'db.select().from(contracts).where(and(eq(contracts.status, "active"), inArray(contracts.organisationId, ids))).all()',
		'tx.update(contracts).set({ title }).where(eq(contracts.id, id)).run()',
		'db.select().from(matrices).where(eq(matrices.status, "submitted")).all()',
		'db.all(sql`select * from "contracts" c where c."council_id" = ${councilId}`)',
		'db.all(sql`select * from "contracts" c join "reporting_periods" rp on rp."contract_id" = c."id" where c."id" in (select value from json_each(${ids}))`)',
		`function all() {
			// council-scope: the consortium view reads every council's figures on purpose.
			return db.select().from(contracts).all()
		}`,
	],
	invalid: [
		{
			code: 'db.select().from(tenders).where(eq(tenders.status, "published")).all()',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: 'db.select().from(progressReturns).innerJoin(contracts, eq(contracts.id, progressReturns.contractId)).all()',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: 'db.select().from(tenders).where(and(isTender, user.role === "admin" ? undefined : eq(tenders.contractManagerId, user.id))).all()',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: 'db.select().from(tomsEditions).where(or(eq(tomsEditions.id, id), eq(tomsEditions.isCurrent, true))).all()',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: 'tx.delete(councilPriorities).run()',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: 'db.all(sql`select * from "contracts" c join "reporting_periods" rp on rp."contract_id" = c."id" where c."status" = \'active\'`)',
			errors: [{ messageId: 'unscoped' }],
		},
		{
			code: '// a comment that is not an exemption\ndb.select().from(contracts).all()',
			errors: [{ messageId: 'unscoped' }],
		},
	],
})
