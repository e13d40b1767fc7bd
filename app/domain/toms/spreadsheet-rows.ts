import type { EditionContent, MeasureContent, OutcomeContent, ThemeContent } from './content.ts'
import { parseAmount, POUNDS, type AmountProblem } from '../amounts.ts'
import { formatPounds, penceToDecimal, proxyValueProblems } from './money.ts'
import {
	catalogueOf,
	isQualitative,
	normaliseUnitText,
	STARTING_UNITS,
	unitFor,
	unitMatcher,
	type Unit,
} from './units.ts'

/** The spreadsheet columns, in the order export writes them. Import accepts any order. */
export const TOMS_COLUMNS = [
	'theme',
	'outcome',
	'code',
	'title',
	'unit',
	'proxy_value_gbp',
	'guidance',
	'evidence_guidance',
	'priorities',
] as const

export type TomsColumn = (typeof TOMS_COLUMNS)[number]

export const TOMS_LIMITS = {
	codeLength: 20,
	nameLength: 200,
	titleLength: 200,
	guidanceLength: 5000,
} as const

export type ImportError = { row: number | null; column: string | null; message: string }

/** A proxy value with fractions of a penny, rounded to the nearest: the measure's code, the cell as typed, and the pence imported. */
export type RoundedProxyValue = { code: string; typed: string; pence: number }

/**
 * The content, where the header row was found (1 is the first row, as a spreadsheet numbers
 * them), and the proxy values that had fractions of a penny and were rounded to the nearest.
 */
export type RowsToContentResult =
	| {
			ok: true
			/** A measure whose unit matched none of the council's has the unit as the file writes it. */
			content: EditionContent
			headerRow: number
			roundedCount: number
			/** Each proxy value rounded to the penny, as typed and as imported. */
			rounded: RoundedProxyValue[]
			/** The file's units that matched none of the council's: each once, with the rows using it. */
			unmatchedUnits: UnmatchedUnit[]
	  }
	| { ok: false; errors: ImportError[] }

/** A unit of the file that matched none of the council's: the rows using it, and those of them giving a proxy value. */
export type UnmatchedUnit = { text: string; rows: number[]; valuedRows: number[] }

export type ImportOptions = {
	/** Round proxy values with fractions of a penny to the nearest penny instead of refusing them. */
	roundToPenny?: boolean
	/** The council's units, which the file's units are matched to; the starting twelve if not given. */
	units?: readonly Unit[]
}

/** How far down the header row is looked for: a title, a date or notes may sit above it. */
export const HEADER_SEARCH_ROWS = 10

/** A row naming fewer of the columns is a title or a note, not the header. */
const HEADER_MIN_COLUMNS = 3

const CODE_PATTERN = /^[A-Za-z0-9.-]+$/

/** "Evidence guidance", "EVIDENCE-GUIDANCE " and "evidence_guidance" all name the same column. */
function normaliseHeader(cell: string): string {
	return cell
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_')
}

function isTomsColumn(name: string): name is TomsColumn {
	return (TOMS_COLUMNS as readonly string[]).includes(name)
}

/** Excel and CSV files from Windows may carry CRLF inside a multi-line cell. */
function cleanCell(cell: string | undefined): string {
	return (cell ?? '').replace(/\r\n?/g, '\n').trim()
}

function quoted(text: string): string {
	return `‘${text}’`
}

/**
 * The index of the header row: of the first rows, the one naming the most columns, the
 * earliest if two name as many. Null when none names enough of them to be the header.
 */
export function findHeaderRow(rows: string[][]): number | null {
	let found: number | null = null
	let mostNamed = HEADER_MIN_COLUMNS - 1
	for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
		const named = new Set(row.map(normaliseHeader).filter(isTomsColumn)).size
		if (named > mostNamed) {
			found = index
			mostNamed = named
		}
	}
	return found
}

/**
 * Turns spreadsheet rows into an edition's content, or every problem found. The header row
 * may have rows above it, which are skipped. Nothing is partly imported: one bad cell fails
 * the whole file, so the caller can replace an edition's content in a single step.
 */
export function rowsToContent(
	rows: string[][],
	knownPriorityCodes: string[],
	options: ImportOptions = {},
): RowsToContentResult {
	const isEmptyRow = (row: string[]) => row.every((cell) => cleanCell(cell) === '')
	if (rows.every(isEmptyRow)) return { ok: false, errors: [{ row: null, column: null, message: 'The file is empty' }] }

	const headerIndex = findHeaderRow(rows)
	if (headerIndex === null) {
		const message = `No header row was found in the first ${HEADER_SEARCH_ROWS} rows. The header row names the columns: ${TOMS_COLUMNS.join(', ')}`
		return { ok: false, errors: [{ row: null, column: null, message }] }
	}
	const headerRow = headerIndex + 1
	const errors: ImportError[] = []
	const columnIndex = new Map<TomsColumn, number>()
	rows[headerIndex]!.forEach((cell, index) => {
		const name = normaliseHeader(cell)
		if (!isTomsColumn(name)) return
		if (columnIndex.has(name)) {
			errors.push({
				row: headerRow,
				column: name,
				message: `Column ${quoted(name)} appears more than once in the header row`,
			})
		} else {
			columnIndex.set(name, index)
		}
	})
	for (const column of TOMS_COLUMNS) {
		if (!columnIndex.has(column))
			errors.push({ row: headerRow, column, message: `Column ${quoted(column)} is missing from the header row` })
	}
	if (errors.length > 0) return { ok: false, errors }

	const priorityLookup = priorityMatcher(knownPriorityCodes)
	const units = options.units ?? STARTING_UNITS
	const unitLookup = unitMatcher(units)
	const unmatchedUnits = new Map<string, UnmatchedUnit>()
	const themes: ThemeContent[] = []
	const themesByName = new Map<string, { theme: ThemeContent; outcomes: Map<string, OutcomeContent> }>()
	const firstRowByCode = new Map<string, number>()
	let measureCount = 0
	const rounded: RoundedProxyValue[] = []

	for (let index = headerIndex + 1; index < rows.length; index++) {
		const cells = rows[index] ?? []
		if (isEmptyRow(cells)) continue
		const row = index + 1
		const get = (column: TomsColumn) => cleanCell(cells[columnIndex.get(column) ?? -1])
		const fail = (column: TomsColumn, message: string) => errors.push({ row, column, message })
		const errorCountBefore = errors.length

		const themeName = get('theme')
		if (themeName === '') fail('theme', 'Enter a theme')
		else if (themeName.length > TOMS_LIMITS.nameLength)
			fail('theme', `Theme must be ${TOMS_LIMITS.nameLength} characters or fewer`)

		const outcomeName = get('outcome')
		if (outcomeName === '') fail('outcome', 'Enter an outcome')
		else if (outcomeName.length > TOMS_LIMITS.nameLength)
			fail('outcome', `Outcome must be ${TOMS_LIMITS.nameLength} characters or fewer`)

		const code = get('code')
		if (code === '') {
			fail('code', 'Enter a code')
		} else if (code.length > TOMS_LIMITS.codeLength || !CODE_PATTERN.test(code)) {
			fail(
				'code',
				`Code must be ${TOMS_LIMITS.codeLength} characters or fewer and use only letters, numbers, dots and hyphens`,
			)
		} else {
			const firstRow = firstRowByCode.get(code.toLowerCase())
			if (firstRow === undefined) firstRowByCode.set(code.toLowerCase(), row)
			else fail('code', `Code ${quoted(code)} is also used in row ${firstRow}`)
		}

		const title = get('title')
		if (title === '') fail('title', 'Enter a title')
		else if (title.length > TOMS_LIMITS.titleLength)
			fail('title', `Title must be ${TOMS_LIMITS.titleLength} characters or fewer`)

		const unitText = get('unit')
		const unit = unitText === '' ? undefined : unitLookup(unitText)
		if (unitText === '') fail('unit', 'Enter a unit: the name or code of one of the council’s units')

		const proxyText = get('proxy_value_gbp')
		let proxyValuePence: number | null = null
		if (proxyText !== '') {
			if (unit && isQualitative(unit)) {
				fail('proxy_value_gbp', 'A text (qualitative) measure cannot have a proxy value')
			} else {
				const parsed = parseAmount(proxyText, POUNDS, { round: options.roundToPenny })
				if (parsed.ok) proxyValuePence = parsed.hundredths
				else fail('proxy_value_gbp', proxyProblem(proxyText, parsed.problem))
				if (parsed.ok && parsed.rounded) rounded.push({ code, typed: proxyText, pence: parsed.hundredths })
			}
		}

		if (unitText !== '' && !unit) unmatched(unitText, row, proxyValuePence !== null)

		const guidance = get('guidance')
		if (guidance.length > TOMS_LIMITS.guidanceLength)
			fail('guidance', `Guidance must be ${TOMS_LIMITS.guidanceLength} characters or fewer`)
		const evidenceGuidance = get('evidence_guidance')
		if (evidenceGuidance.length > TOMS_LIMITS.guidanceLength) {
			fail('evidence_guidance', `Evidence guidance must be ${TOMS_LIMITS.guidanceLength} characters or fewer`)
		}

		const priorityCodes: string[] = []
		for (const part of get('priorities').split(';')) {
			const given = part.trim()
			if (given === '') continue
			const known = priorityLookup(given)
			if (known === undefined) fail('priorities', priorityProblem(given, knownPriorityCodes))
			else if (!priorityCodes.includes(known)) priorityCodes.push(known)
		}

		measureCount++
		if (errors.length > errorCountBefore || unitText === '') continue
		const measure: MeasureContent = {
			code,
			title,
			unit: unit?.key ?? unitText,
			proxyValuePence,
			guidance,
			evidenceGuidance,
			priorityCodes,
		}
		outcomeFor(themeName, outcomeName).measures.push(measure)
	}

	if (measureCount === 0) {
		return {
			ok: false,
			errors: [
				{
					row: null,
					column: null,
					message: `The file has no measures: add a row under the header row (row ${headerRow})`,
				},
			],
		}
	}
	if (errors.length > 0) return { ok: false, errors }
	return {
		ok: true,
		content: { themes },
		headerRow,
		roundedCount: rounded.length,
		rounded,
		unmatchedUnits: [...unmatchedUnits.values()],
	}

	function unmatched(text: string, row: number, valued: boolean) {
		const key = normaliseUnitText(text)
		let entry = unmatchedUnits.get(key)
		if (!entry) unmatchedUnits.set(key, (entry = { text, rows: [], valuedRows: [] }))
		entry.rows.push(row)
		if (valued) entry.valuedRows.push(row)
	}

	function outcomeFor(themeName: string, outcomeName: string): OutcomeContent {
		let entry = themesByName.get(themeName)
		if (!entry) {
			entry = { theme: { name: themeName, outcomes: [] }, outcomes: new Map() }
			themesByName.set(themeName, entry)
			themes.push(entry.theme)
		}
		let outcome = entry.outcomes.get(outcomeName)
		if (!outcome) {
			outcome = { name: outcomeName, measures: [] }
			entry.outcomes.set(outcomeName, outcome)
			entry.theme.outcomes.push(outcome)
		}
		return outcome
	}
}

/** A value with fractions of a penny is shown as read, with what it rounds to. */
function proxyProblem(text: string, problem: AmountProblem): string {
	if (problem !== 'too-precise') return proxyValueProblems[problem]
	const rounded = parseAmount(text, POUNDS, { round: true })
	if (!rounded.ok) return proxyValueProblems[rounded.problem]
	return `Proxy value is ${asTypedInPounds(text)}, which has fractions of a penny: round it to ${formatPounds(rounded.hundredths)}, or choose ‘${ROUND_TO_PENNY_LABEL}’ when you upload the file`
}

/** A proxy value's cell as typed, with the pound sign a person may have left out: "17.575" reads "£17.575". */
export function asTypedInPounds(text: string): string {
	return text.startsWith('£') ? text : `£${text}`
}

/** The file's units that match none of the council's, as problems in the rows that use them. */
export function unmatchedUnitProblems(unmatched: UnmatchedUnit[]): ImportError[] {
	return unmatched
		.flatMap(({ text, rows }) =>
			rows.map((row) => ({ row, column: 'unit', message: `${quoted(text)} is not one of the council’s units` })),
		)
		.sort((a, b) => a.row - b.row)
}

/** The import form's option to round every proxy value, named as the form shows it. */
export const ROUND_TO_PENNY_LABEL = 'Round values to the nearest penny'

/** Matches "cp1" to the council's "CP1", preferring an exact match should two codes differ only by case. */
function priorityMatcher(knownCodes: string[]): (given: string) => string | undefined {
	const exact = new Set(knownCodes)
	const byLowerCase = new Map<string, string>()
	for (const code of knownCodes) if (!byLowerCase.has(code.toLowerCase())) byLowerCase.set(code.toLowerCase(), code)
	return (given) => (exact.has(given) ? given : byLowerCase.get(given.toLowerCase()))
}

function priorityProblem(given: string, knownCodes: string[]): string {
	if (given.includes(','))
		return `Separate priorities with semicolons, like ${knownCodes.slice(0, 2).join('; ') || 'CP1; CP3'}`
	if (knownCodes.length === 0)
		return `Priority ${quoted(given)} is not one of the council’s priorities: the council has not set any priorities yet`
	return `Priority ${quoted(given)} is not one of the council’s priorities (${knownCodes.join(', ')})`
}

/**
 * A header row then one row per measure, in tree order: what export writes and import reads
 * back. A unit is written as its code, or its name when it has none, both of which import matches.
 */
export function contentToRows(content: EditionContent, units: readonly Unit[] = STARTING_UNITS): string[][] {
	const catalogue = catalogueOf([...units])
	const rows: string[][] = [[...TOMS_COLUMNS]]
	for (const theme of content.themes) {
		for (const outcome of theme.outcomes) {
			for (const measure of outcome.measures) {
				const cells: Record<TomsColumn, string> = {
					theme: theme.name,
					outcome: outcome.name,
					code: measure.code,
					title: measure.title,
					unit: unitCell(unitFor(catalogue, measure.unit)),
					proxy_value_gbp: measure.proxyValuePence === null ? '' : penceToDecimal(measure.proxyValuePence),
					guidance: measure.guidance,
					evidence_guidance: measure.evidenceGuidance,
					priorities: measure.priorityCodes.join('; '),
				}
				rows.push(TOMS_COLUMNS.map((column) => cells[column]))
			}
		}
	}
	return rows
}

function unitCell(unit: Unit): string {
	return unit.code ?? unit.name
}
