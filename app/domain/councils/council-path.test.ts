import { expect, test } from 'vitest'
import { navigationFor } from '#app/domain/roles.ts'
import { councilPath, navigationUnder } from './council-path.ts'

test('a path stays as it is without a council prefix', () => {
	expect(councilPath(undefined, '/opportunities')).toBe('/opportunities')
	expect(councilPath('', '/')).toBe('/')
})

test('a path is kept under the council prefix, the home page being the prefix itself', () => {
	expect(councilPath('northshire', '/opportunities/4')).toBe('/c/northshire/opportunities/4')
	expect(councilPath('northshire', '/')).toBe('/c/northshire')
})

test('under a prefix only the public pages of the navigation move; the account pages stay the deployment’s', () => {
	expect(navigationUnder('dale', navigationFor(null)).map((item) => item.href)).toEqual([
		'/c/dale',
		'/c/dale/opportunities',
		'/c/dale/contracts',
		'/c/dale/toms',
	])
	expect(navigationUnder('dale', navigationFor('supplier')).map((item) => item.href)).toEqual([
		'/home',
		'/c/dale/opportunities',
		'/c/dale/contracts',
		'/c/dale/toms',
		'/bids',
		'/your-contracts',
		'/organisation',
		'/due-dates',
		'/account',
	])
	expect(navigationUnder(undefined, navigationFor(null))).toEqual(navigationFor(null))
})
