import type { ReportingCadence, SupplierType } from '#db/schema.ts'
import type { UnitCatalogue } from '../../toms/units.ts'

/** A measure of a published edition, as a commitment copies it. */
export type ImportMeasure = {
	id: number
	code: string
	title: string
	themeName: string
	unit: string
	proxyValuePence: number | null
}

/** Everything in the portal the file is checked against: read by the service, passed in plain. */
export type ImportWorld = {
	/** Published editions, with their measures. */
	editions: Array<{ id: number; name: string; measures: ImportMeasure[] }>
	/** Active contract managers and administrators who may manage a contract. */
	managers: Array<{ id: number; email: string }>
	/** References of contracts already in the portal, in lower case. */
	takenReferences: ReadonlySet<string>
	/** Email addresses that already have an account, in lower case. */
	takenEmails: ReadonlySet<string>
	units: UnitCatalogue
	/** The supplier organisation already in the portal that a file's supplier is, if any. */
	matchSupplier: (supplier: { name: string; registrationNumber: string | null }) => SupplierMatch | null
	financialYearStartMonth: number
	returnDueDays: number
	/** Today, "YYYY-MM-DD": nothing can have been approved after it. */
	today: string
}

export type SupplierMatch = { id: number; name: string; by: 'registration number' | 'name' }

/** A supplier organisation the file names: one already here, or one the import adds. */
export type PlannedSupplier = {
	key: string
	name: string
	registrationNumber: string | null
	supplierType: SupplierType | null
	contactName: string
	contactEmail: string
	match: SupplierMatch | null
	/** The Contracts rows that name it. */
	rows: number[]
}

export type PlannedDelivery = {
	periodKey: string
	periodLabel: string
	deliveredHundredths: number | null
	deliveredText: string
	/** "YYYY-MM-DD" */
	approvedOn: string
}

export type PlannedCommitment = {
	measureId: number
	measureCode: string
	measureTitle: string
	themeName: string
	unit: string
	proxyValuePence: number | null
	quantityHundredths: number | null
	commitmentText: string
	valuePence: number | null
	responsibleName: string
	responsibleRole: string
	responsibleEmail: string
	methodStatement: string
	milestones: Array<{ date: string; cumulativeHundredths: number }>
	delivery: PlannedDelivery[]
}

export type PlannedContract = {
	row: number
	reference: string
	title: string
	supplierKey: string
	managerId: number
	managerEmail: string
	valuePence: number
	startDate: string
	endDate: string
	cadence: ReportingCadence
	commerciallySensitive: boolean
	editionId: number
	editionName: string
	commitments: PlannedCommitment[]
}

/** What a checked file will create, held as the import's content until it is confirmed. */
export type ImportPlan = { suppliers: PlannedSupplier[]; contracts: PlannedContract[] }

export type ImportCounts = {
	contracts: number
	newSuppliers: number
	matchedSuppliers: number
	commitments: number
	milestones: number
	returns: number
}

/** The counts the preview and the audit trail show. */
export function countPlan(plan: ImportPlan): ImportCounts {
	const commitments = plan.contracts.flatMap((contract) => contract.commitments)
	const returns = plan.contracts.reduce(
		(total, contract) => total + new Set(contract.commitments.flatMap((c) => c.delivery.map((d) => d.periodKey))).size,
		0,
	)
	return {
		contracts: plan.contracts.length,
		newSuppliers: plan.suppliers.filter((supplier) => supplier.match === null).length,
		matchedSuppliers: plan.suppliers.filter((supplier) => supplier.match !== null).length,
		commitments: commitments.length,
		milestones: commitments.reduce((total, c) => total + c.milestones.length, 0),
		returns,
	}
}
