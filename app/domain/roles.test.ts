import { describe, expect, test } from 'vitest'
import { homePathFor, isStaffOf, managesForCouncil, navigationFor } from './roles.ts'

test('the navigation fits the role', () => {
	expect(navigationFor(null).map((item) => item.text)).toEqual(['Home', 'Opportunities', 'Contracts', 'TOMs'])
	expect(navigationFor('supplier').map((item) => item.text)).toEqual([
		'Home',
		'Opportunities',
		'Contracts',
		'TOMs',
		'Your bids',
		'Your contracts',
		'Your organisation',
		'Due dates',
		'Your account',
	])
	expect(navigationFor('supplier')[0]).toEqual({ href: '/home', text: 'Home' })
	expect(navigationFor('contract_manager').map((item) => item.text)).toEqual([
		'Home',
		'Opportunities',
		'Contracts',
		'TOMs',
		'Dashboard',
		'Tenders',
		'Returns',
		'Due dates',
		'Your account',
	])
	expect(navigationFor('admin').map((item) => item.text)).toEqual([
		'Home',
		'Opportunities',
		'Contracts',
		'TOMs',
		'Dashboard',
		'Tenders',
		'Returns',
		'Due dates',
		'Manage TOMs',
		'Maturity index',
		'Users',
		'Sent mail',
		'Outbox',
		'Settings',
		'Your account',
	])
	expect(navigationFor('contract_manager')[0]).toEqual({ href: '/manage', text: 'Home' })
})

test('suppliers land on their home; council staff on the council home', () => {
	expect(homePathFor('admin')).toBe('/manage')
	expect(homePathFor('contract_manager')).toBe('/manage')
	expect(homePathFor('supplier')).toBe('/home')
})

describe('council staff act for their own council only', () => {
	const admin = { id: 1, role: 'admin' as const, organisationId: 10 }
	const manager = { id: 2, role: 'contract_manager' as const, organisationId: 10 }
	const supplier = { id: 3, role: 'supplier' as const, organisationId: 10 }
	const ownTender = { councilId: 10, contractManagerId: 2 }
	const otherCouncilTender = { councilId: 20, contractManagerId: 2 }

	test('staff belong to their own council; a supplier to none', () => {
		expect(isStaffOf(admin, 10)).toBe(true)
		expect(isStaffOf(admin, 20)).toBe(false)
		expect(isStaffOf(supplier, 10)).toBe(false)
	})

	test('an administrator manages all of their council’s records; a contract manager those naming them', () => {
		expect(managesForCouncil(admin, ownTender)).toBe(true)
		expect(managesForCouncil(manager, ownTender)).toBe(true)
		expect(managesForCouncil(manager, { ...ownTender, contractManagerId: 9 })).toBe(false)
		expect(managesForCouncil(supplier, ownTender)).toBe(false)
	})

	test('nobody manages another council’s records, whatever their role there', () => {
		expect(managesForCouncil(admin, otherCouncilTender)).toBe(false)
		expect(managesForCouncil(manager, otherCouncilTender)).toBe(false)
	})
})

test('a deployment role adds the deployment’s pages to the council role’s, before the account', () => {
	const texts = (items: { text: string }[]) => items.map((item) => item.text)
	expect(texts(navigationFor('admin', 'administrator')).slice(-3)).toEqual(['Councils', 'Consortium', 'Your account'])
	expect(texts(navigationFor('contract_manager', 'consortium')).slice(-2)).toEqual(['Consortium', 'Your account'])
	expect(navigationFor('admin', 'administrator').find((item) => item.text === 'Councils')?.href).toBe('/deployment')
	expect(texts(navigationFor('admin', null))).toEqual(texts(navigationFor('admin')))
	expect(texts(navigationFor('admin'))).not.toContain('Consortium')
})
