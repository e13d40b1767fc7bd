import { expect, test } from 'vitest'
import { homePathFor, navigationFor } from './roles.ts'

test('the navigation fits the role', () => {
	expect(navigationFor(null).map((item) => item.text)).toEqual(['Home', 'Opportunities', 'Contracts', 'TOMs'])
	expect(navigationFor('supplier').map((item) => item.text)).toEqual([
		'Your account',
		'Opportunities',
		'Contracts',
		'TOMs',
		'Your bids',
		'Your contracts',
		'Your organisation',
		'Due dates',
	])
	expect(navigationFor('contract_manager').map((item) => item.text)).toEqual([
		'Your account',
		'Opportunities',
		'Contracts',
		'TOMs',
		'Dashboard',
		'Tenders',
		'Returns',
		'Due dates',
	])
	expect(navigationFor('admin').map((item) => item.text)).toEqual([
		'Your account',
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
	])
})

test('administrators land on the users page; everyone else on their account', () => {
	expect(homePathFor('admin')).toBe('/admin/users')
	expect(homePathFor('supplier')).toBe('/account')
})
