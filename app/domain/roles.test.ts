import { expect, test } from 'vitest'
import { homePathFor, navigationFor } from './roles.ts'

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

test('a deployment role adds the deployment’s pages to the council role’s, before the account', () => {
	const texts = (items: { text: string }[]) => items.map((item) => item.text)
	expect(texts(navigationFor('admin', 'administrator')).slice(-3)).toEqual(['Councils', 'Consortium', 'Your account'])
	expect(texts(navigationFor('contract_manager', 'consortium')).slice(-2)).toEqual(['Consortium', 'Your account'])
	expect(navigationFor('admin', 'administrator').find((item) => item.text === 'Councils')?.href).toBe('/deployment')
	expect(texts(navigationFor('admin', null))).toEqual(texts(navigationFor('admin')))
	expect(texts(navigationFor('admin'))).not.toContain('Consortium')
})
