import { councilTables } from '../db/tenancy.js'

// A query on a table a council owns must say whose it is (ADR 026): the lint rule that makes
// scoping hard to forget. A query passes when it names the council (`councilId`,
// `council_id`), or when its `where` pins records by id (a record fetched by id is authorised
// by its route, which the authorisation suite replays as another council's staff). A query
// meant to read across councils says so in a comment starting `council-scope:`.

const builderMethods = new Set(['from', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'update', 'delete'])
const tableIdentifiers = new Set(Object.values(councilTables))
const sqlTableNames = Object.keys(councilTables).join('|')
const sqlTableReference = new RegExp(`\\b(from|join|update|into)\\s+"?(${sqlTableNames})"?(?![\\w])`, 'i')
const namesCouncil = /\bcouncilId\b|\bcouncil_id\b|\bcouncilOf\b/
const sqlIdPin = /\b\w*"?\.?"?\w*_?id"?\s*(=|in\b)/i

function chainTop(node) {
	let current = node
	for (;;) {
		const parent = current.parent
		if (parent?.type === 'MemberExpression' && parent.object === current) current = parent
		else if (parent?.type === 'CallExpression' && parent.callee === current) current = parent
		else return current
	}
}

/** The `.where(...)` calls of the chain that `top` ends. */
function whereCalls(top) {
	const calls = []
	let current = top
	while (current) {
		if (current.type === 'CallExpression') {
			const callee = current.callee
			if (callee.type === 'MemberExpression' && callee.property.name === 'where') calls.push(current)
			current = callee.type === 'MemberExpression' ? callee.object : null
		} else if (current.type === 'MemberExpression') current = current.object
		else current = null
	}
	return calls
}

const calleeName = (call) => (call.callee.type === 'Identifier' ? call.callee.name : null)

/**
 * Whether a condition always pins records by id: `eq(x.id, …)`, `inArray(x.tenderId, …)`, an
 * `and` with such a pin, an `or` whose every branch pins. A pin only on one side of `? :` does not.
 */
function pinsById(node) {
	if (node?.type !== 'CallExpression') return false
	const name = calleeName(node)
	if (name === 'and') return node.arguments.some(pinsById)
	if (name === 'or') return node.arguments.length > 0 && node.arguments.every(pinsById)
	if (name !== 'eq' && name !== 'inArray') return false
	const column = node.arguments[0]
	return (
		column?.type === 'MemberExpression' &&
		column.property.type === 'Identifier' &&
		(column.property.name === 'id' || /Id$/.test(column.property.name))
	)
}

function exempted(node, sourceCode) {
	for (let current = node; current; current = current.parent) {
		if (sourceCode.getCommentsBefore(current).some((comment) => comment.value.trim().startsWith('council-scope:')))
			return true
		if (/Statement$|Declaration$/.test(current.type)) return false
	}
	return false
}

export const councilScope = {
	meta: {
		type: 'problem',
		docs: { description: 'Queries on a council’s tables name the council or pin records by id' },
		messages: {
			unscoped:
				'This query reads {{table}} without naming the council: filter by councilId, pin records by id, or explain a deliberate cross-council read in a "council-scope:" comment.',
		},
		schema: [],
	},
	create(context) {
		const sourceCode = context.sourceCode
		return {
			CallExpression(node) {
				const callee = node.callee
				if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier') return
				if (!builderMethods.has(callee.property.name)) return
				const table = node.arguments[0]
				if (table?.type !== 'Identifier' || !tableIdentifiers.has(table.name)) return
				const top = chainTop(node)
				if (namesCouncil.test(sourceCode.getText(top))) return
				if (whereCalls(top).some((call) => call.arguments.some(pinsById))) return
				if (exempted(node, sourceCode)) return
				context.report({ node, messageId: 'unscoped', data: { table: table.name } })
			},
			TaggedTemplateExpression(node) {
				if (node.tag.type !== 'Identifier' || node.tag.name !== 'sql') return
				const text = sourceCode.getText(node.quasi)
				const reference = text.match(sqlTableReference)
				if (!reference) return
				if (namesCouncil.test(text)) return
				const lastWhere = text.search(/\bwhere\b(?![\s\S]*\bwhere\b)/i)
				if (lastWhere >= 0 && sqlIdPin.test(text.slice(lastWhere))) return
				if (exempted(node, sourceCode)) return
				context.report({ node, messageId: 'unscoped', data: { table: reference[2] } })
			},
		}
	},
}

export default { rules: { 'council-scope': councilScope } }
