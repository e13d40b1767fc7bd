import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import type { ContractRow } from './contracts-sheet.ts'
import type { ImportWorld, PlannedSupplier } from './plan.ts'
import { matchKey } from './sheet-table.ts'

/**
 * The supplier organisations the Contracts sheet names: each matched to one already in the
 * portal (by Companies House or charity number, then by name), or one the import adds, shared
 * by every row naming it. Never two new organisations with one name or one number, and a new
 * one needs a contact whose email has no account yet.
 */
export function planSuppliers(
	contracts: ContractRow[],
	world: Pick<ImportWorld, 'matchSupplier' | 'takenEmails'>,
): { suppliers: PlannedSupplier[]; keyOfRow: Map<number, string>; problems: SheetProblem[] } {
	const problems: SheetProblem[] = []
	const suppliers = new Map<string, PlannedSupplier>()
	const keyOfRow = new Map<number, string>()
	const contactRows = new Map<string, number>()

	for (const contract of contracts) {
		const match = world.matchSupplier({ name: contract.supplierName, registrationNumber: contract.registrationNumber })
		if (match) {
			const key = `organisation:${match.id}`
			const known = suppliers.get(key)
			if (known) known.rows.push(contract.row)
			else
				suppliers.set(key, {
					key,
					name: match.name,
					registrationNumber: contract.registrationNumber,
					supplierType: contract.supplierType,
					contactName: contract.contactName,
					contactEmail: contract.contactEmail,
					match,
					rows: [contract.row],
				})
			keyOfRow.set(contract.row, key)
			continue
		}
		const name = matchKey(contract.supplierName)
		const same = [...suppliers.values()].find(
			(s) =>
				s.match === null &&
				((contract.registrationNumber !== null && s.registrationNumber === contract.registrationNumber) ||
					matchKey(s.name) === name),
		)
		if (same) {
			if (
				same.registrationNumber &&
				contract.registrationNumber &&
				same.registrationNumber !== contract.registrationNumber
			) {
				problems.push(
					contract.problem(
						'registrationNumber',
						`Row ${same.rows[0]} names ${same.name} with the number ${same.registrationNumber}: one organisation has one number`,
					),
				)
				continue
			}
			if (matchKey(same.name) !== name) {
				problems.push(
					contract.problem(
						'supplierName',
						`Row ${same.rows[0]} calls the organisation with number ${same.registrationNumber} ‘${same.name}’: use one name for it`,
					),
				)
				continue
			}
			same.registrationNumber ??= contract.registrationNumber
			same.rows.push(contract.row)
			keyOfRow.set(contract.row, same.key)
			continue
		}
		let wrong = false
		if (contract.contactName === '') {
			problems.push(
				contract.problem('contactName', `Enter a contact’s name: ${contract.supplierName} is new to the portal`),
			)
			wrong = true
		}
		if (contract.contactEmail === '') {
			problems.push(
				contract.problem(
					'contactEmail',
					`Enter a contact’s email address: ${contract.supplierName} is new to the portal`,
				),
			)
			wrong = true
		} else if (world.takenEmails.has(contract.contactEmail)) {
			problems.push(
				contract.problem(
					'contactEmail',
					`${contract.contactEmail} already has an account with another organisation: enter a different contact`,
				),
			)
			wrong = true
		} else if (contactRows.has(contract.contactEmail)) {
			problems.push(
				contract.problem(
					'contactEmail',
					`${contract.contactEmail} is the contact on row ${contactRows.get(contract.contactEmail)} for another organisation: enter a different contact`,
				),
			)
			wrong = true
		}
		if (wrong) continue
		contactRows.set(contract.contactEmail, contract.row)
		const key = `new:${suppliers.size}`
		suppliers.set(key, {
			key,
			name: contract.supplierName,
			registrationNumber: contract.registrationNumber,
			supplierType: contract.supplierType,
			contactName: contract.contactName,
			contactEmail: contract.contactEmail,
			match: null,
			rows: [contract.row],
		})
		keyOfRow.set(contract.row, key)
	}
	return { suppliers: [...suppliers.values()], keyOfRow, problems }
}
