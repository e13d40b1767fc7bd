import type { DeploymentRole, UserRole } from '#db/schema.ts'

export const roleLabels: Record<UserRole, string> = {
	admin: 'Administrator',
	contract_manager: 'Contract manager',
	supplier: 'Supplier',
}

/** Roles an administrator can give to council staff. */
export const councilRoles = ['contract_manager', 'admin'] as const satisfies readonly UserRole[]
export type CouncilRole = (typeof councilRoles)[number]

export function isCouncilRole(role: UserRole): role is CouncilRole {
	return (councilRoles as readonly UserRole[]).includes(role)
}

export type NavigationItem = { href: string; text: string }

/** A person's links: their council role's, and the deployment's pages if they hold a deployment role. */
export function navigationFor(role: UserRole | null, deploymentRole: DeploymentRole | null = null): NavigationItem[] {
	const toms = { href: '/toms', text: 'TOMs' }
	const opportunities = { href: '/opportunities', text: 'Opportunities' }
	const contracts = { href: '/contracts', text: 'Contracts' }
	if (role === null) return [{ href: '/', text: 'Home' }, opportunities, contracts, toms]
	const items: NavigationItem[] = [{ href: homePathFor(role), text: 'Home' }, opportunities, contracts, toms]
	if (role === 'supplier')
		items.push(
			{ href: '/bids', text: 'Your bids' },
			{ href: '/your-contracts', text: 'Your contracts' },
			{ href: '/organisation', text: 'Your organisation' },
		)
	if (role === 'contract_manager' || role === 'admin') {
		items.push(
			{ href: '/manage/dashboard', text: 'Dashboard' },
			{ href: '/manage/tenders', text: 'Tenders' },
			{ href: '/manage/returns', text: 'Returns' },
		)
	}
	items.push({ href: '/due-dates', text: 'Due dates' })
	if (role === 'admin') {
		items.push(
			{ href: '/admin/toms', text: 'Manage TOMs' },
			{ href: '/admin/maturity', text: 'Maturity index' },
			{ href: '/admin/users', text: 'Users' },
			{ href: '/admin/sent-mail', text: 'Sent mail' },
			{ href: '/admin/outbox', text: 'Outbox' },
			{ href: '/admin/settings', text: 'Settings' },
		)
	}
	items.push(...deploymentNavigation(deploymentRole))
	items.push({ href: '/account', text: 'Your account' })
	return items
}

function deploymentNavigation(deploymentRole: DeploymentRole | null): NavigationItem[] {
	if (deploymentRole === null) return []
	const consortium = { href: '/deployment/consortium', text: 'Consortium' }
	if (deploymentRole === 'consortium') return [consortium]
	return [{ href: '/deployment', text: 'Councils' }, consortium]
}

/** Where someone lands after signing in. */
export function homePathFor(role: UserRole): string {
	return role === 'supplier' ? '/home' : '/manage'
}

type Staff = { id: number; role: UserRole; organisationId: number }

/** Staff belong to their council's organisation: a council's records are only its own staff's. */
export function isStaffOf(user: Staff, councilId: number): boolean {
	return isCouncilRole(user.role) && user.organisationId === councilId
}

/**
 * Who may act on a council's tender or contract: its administrators, and the contract manager
 * named on it. Nobody from another council, whatever their role there.
 */
export function managesForCouncil(user: Staff, record: { councilId: number; contractManagerId: number }): boolean {
	if (!isStaffOf(user, record.councilId)) return false
	return user.role === 'admin' || record.contractManagerId === user.id
}
