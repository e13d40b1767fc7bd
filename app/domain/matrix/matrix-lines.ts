import { isCalendarDate } from '../tenders/london-time.ts'

export const METHOD_STATEMENT_MAX = 5000

export type Milestone = { date: string; cumulativeHundredths: number }

export type LineEntry = {
	declined: boolean
	declineReason: string
	/** Numeric measures: the commitment over the contract, in hundredths. */
	quantityHundredths: number | null
	/** Qualitative (text) measures: what is committed, in words. */
	commitmentText: string
	milestones: Milestone[]
	responsibleName: string
	responsibleRole: string
	responsibleEmail: string
	methodStatement: string
}

export type LineProblem = { field: string; message: string }

export type ContractTerm = { start: string; end: string }

/**
 * Milestones: each inside the contract term, in date order, cumulative quantities rising,
 * the last one equal to the whole commitment.
 */
export function milestoneProblems(milestones: Milestone[], commitment: number, term: ContractTerm): LineProblem[] {
	const problems: LineProblem[] = []
	if (milestones.length === 0) return [{ field: 'milestones', message: 'Add at least one milestone' }]
	milestones.forEach((milestone, index) => {
		const n = index + 1
		if (!isCalendarDate(milestone.date))
			problems.push({ field: `milestones.${index}.date`, message: `Milestone ${n} must have a real date` })
		else if (milestone.date < term.start || milestone.date > term.end) {
			problems.push({ field: `milestones.${index}.date`, message: `Milestone ${n} must be within the contract term` })
		}
		const previous = milestones[index - 1]
		if (previous) {
			if (isCalendarDate(milestone.date) && isCalendarDate(previous.date) && milestone.date <= previous.date) {
				problems.push({ field: `milestones.${index}.date`, message: `Milestone ${n} must be after milestone ${index}` })
			}
			if (milestone.cumulativeHundredths <= previous.cumulativeHundredths) {
				problems.push({
					field: `milestones.${index}.cumulative`,
					message: `Milestone ${n} must be more than milestone ${index}: targets are running totals`,
				})
			}
		}
	})
	const last = milestones.at(-1)
	if (last && last.cumulativeHundredths !== commitment) {
		problems.push({
			field: `milestones.${milestones.length - 1}.cumulative`,
			message: 'The last milestone must equal the total you commit to',
		})
	}
	return problems
}

/** What stops a line counting as complete. An empty list means it is complete. */
export function lineProblems(line: LineEntry, measure: { qualitative: boolean }, term: ContractTerm): LineProblem[] {
	if (line.declined) {
		return line.declineReason.trim()
			? []
			: [{ field: 'declineReason', message: 'Enter why you are not committing to this measure' }]
	}
	const problems: LineProblem[] = []
	if (measure.qualitative) {
		if (!line.commitmentText.trim()) problems.push({ field: 'commitmentText', message: 'Enter what you commit to' })
	} else if (line.quantityHundredths === null) {
		problems.push({ field: 'quantity', message: 'Enter the quantity you commit to' })
	} else if (line.quantityHundredths === 0) {
		problems.push({
			field: 'quantity',
			message: 'Quantity must be more than 0, or say you are not committing to this measure',
		})
	} else {
		problems.push(...milestoneProblems(line.milestones, line.quantityHundredths, term))
	}
	if (!line.responsibleName.trim())
		problems.push({ field: 'responsibleName', message: 'Enter the name of the person responsible' })
	if (!line.responsibleRole.trim())
		problems.push({ field: 'responsibleRole', message: 'Enter the role of the person responsible' })
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(line.responsibleEmail.trim())) {
		problems.push({
			field: 'responsibleEmail',
			message: 'Enter the email address of the person responsible, like name@example.com',
		})
	}
	if (!line.methodStatement.trim()) problems.push({ field: 'methodStatement', message: 'Enter a method statement' })
	else if (line.methodStatement.length > METHOD_STATEMENT_MAX) {
		problems.push({
			field: 'methodStatement',
			message: `Method statement must be ${METHOD_STATEMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
		})
	}
	return problems
}

export type LineStatus = 'not_started' | 'in_progress' | 'completed'

export const lineStatusLabels: Record<LineStatus, string> = {
	not_started: 'Not started',
	in_progress: 'In progress',
	completed: 'Completed',
}

/** The task list status of a line, as the GOV.UK task list pattern shows it. */
export function lineStatus(line: LineEntry | null, measure: { qualitative: boolean }, term: ContractTerm): LineStatus {
	if (!line) return 'not_started'
	const touched =
		line.declined ||
		line.quantityHundredths !== null ||
		line.commitmentText.trim() !== '' ||
		line.milestones.length > 0 ||
		line.responsibleName.trim() !== '' ||
		line.methodStatement.trim() !== ''
	if (!touched) return 'not_started'
	return lineProblems(line, measure, term).length === 0 ? 'completed' : 'in_progress'
}
