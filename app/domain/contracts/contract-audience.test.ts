import { expect, test } from 'vitest'
import { contractAudience, maySeeContractFigures, type Viewer } from './contract-audience.ts'

const council = 1
const contract = { councilId: council, commerciallySensitive: true, contractManagerId: 10, organisationId: 20 }
const viewers: Record<string, Viewer> = {
	public: null,
	administrator: { id: 1, role: 'admin', organisationId: council },
	'its contract manager': { id: 10, role: 'contract_manager', organisationId: council },
	'another contract manager': { id: 11, role: 'contract_manager', organisationId: council },
	'its supplier': { id: 30, role: 'supplier', organisationId: 20 },
	'another supplier': { id: 31, role: 'supplier', organisationId: 21 },
	'another council’s administrator': { id: 2, role: 'admin', organisationId: 2 },
}

test('a commercially sensitive contract’s figures reach only those it belongs to', () => {
	const seeing = Object.entries(viewers)
		.filter(([, viewer]) => maySeeContractFigures(viewer, contract))
		.map(([who]) => who)
	expect(seeing).toEqual(['administrator', 'its contract manager', 'its supplier'])
})

test('anyone sees the figures of a contract that is not commercially sensitive', () => {
	for (const viewer of Object.values(viewers))
		expect(maySeeContractFigures(viewer, { ...contract, commerciallySensitive: false })).toBe(true)
})

test('the council is its own administrators and the contract’s own manager; the supplier is its own people', () => {
	expect(Object.values(viewers).map((viewer) => contractAudience(viewer, contract))).toEqual([
		'public',
		'council',
		'council',
		'public',
		'supplier',
		'public',
		'public',
	])
})

test('a contract manager’s id is not mistaken for a supplier organisation’s, or the other way round', () => {
	expect(maySeeContractFigures({ id: 20, role: 'contract_manager', organisationId: 20 }, contract)).toBe(false)
	expect(maySeeContractFigures({ id: 10, role: 'supplier', organisationId: 21 }, contract)).toBe(false)
})
