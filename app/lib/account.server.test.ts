import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { loadAccount } from './account.server.ts'

test('the account shows the person and the name of their own organisation', async () => {
	const own = createOrganisation(db, { kind: 'supplier', name: 'Brightstart CIC' })
	createOrganisation(db, { kind: 'supplier', name: 'Northgate Construction Ltd' })
	const row = await createUser(db, { organisationId: own.id, role: 'supplier', name: 'Jo Baker' })
	const user = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId }
	expect(loadAccount(user)).toEqual({
		user: { name: 'Jo Baker', email: row.email, role: 'supplier' },
		organisationName: 'Brightstart CIC',
	})
})
