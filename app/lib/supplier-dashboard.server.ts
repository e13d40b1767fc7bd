import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { contractsProgress, nextReturns } from './contract-progress.server.ts'
import { listContracts } from './contracts.server.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'

/**
 * The contracts an organisation has won, each with the return it should file next and how
 * each commitment stands. Worked out once per organisation until the data changes or the UK
 * day turns, when returns fall due and more delivery is expected.
 */
export function supplierContracts(organisationId: number, now: number) {
	return cachedRead(`supplier-contracts:${organisationId}:${toLondonDateTime(now).date}`, () =>
		readSupplierContracts(organisationId, now),
	)
}

function readSupplierContracts(organisationId: number, now: number) {
	const contracts = listContracts({ organisationId })
	const ids = contracts.map((c) => c.id)
	const next = nextReturns(ids, now)
	const progress = contractsProgress(ids, now)
	return contracts.map((contract) => ({
		...contract,
		next: next.get(contract.id) ?? null,
		progress: progress.get(contract.id) ?? null,
	}))
}
