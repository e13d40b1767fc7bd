import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { type UserRow, usersHead, usersRows } from './users-table.tsx'

const jo: UserRow = {
	id: 12,
	name: 'Jo Baker',
	email: 'jo@brightstart.example',
	role: 'supplier',
	status: 'unverified',
	organisation: 'Brightstart CIC',
	organisationKind: 'supplier',
}

function cells(showOrganisation: boolean, users: UserRow[]) {
	const html = renderToStaticMarkup(
		<Table head={usersHead(showOrganisation)} rows={usersRows(users, showOrganisation)} />,
	)
	return {
		head: [...html.matchAll(/<th scope="col" class="govuk-table__header">([^<]*)</g)].map((m) => m[1]),
		body: [...html.matchAll(/<td( colSpan="\d+")? class="govuk-table__cell">(.*?)<\/td>/g)].map(
			(m) => `${m[1] ?? ''}${m[2]}`,
		),
	}
}

test('supplier users are listed with their organisation; each name leads to the user', () => {
	expect(cells(true, [jo])).toEqual({
		head: ['Name', 'Email address', 'Organisation', 'Role', 'Status'],
		body: [
			'<a href="/admin/users/12" class="govuk-link">Jo Baker</a>',
			'jo@brightstart.example',
			'Brightstart CIC',
			'Supplier',
			'<strong class="govuk-tag govuk-tag--yellow">Email not confirmed</strong>',
		],
	})
})

test('council staff are listed without the organisation, which is the council', () => {
	const sam: UserRow = { ...jo, id: 3, name: 'Sam Lead', role: 'admin', status: 'active', organisationKind: 'council' }
	expect(cells(false, [sam])).toEqual({
		head: ['Name', 'Email address', 'Role', 'Status'],
		body: [
			'<a href="/admin/users/3" class="govuk-link">Sam Lead</a>',
			'jo@brightstart.example',
			'Administrator',
			'<strong class="govuk-tag govuk-tag--green">Active</strong>',
		],
	})
})

test('an empty list says so across every column', () => {
	expect(cells(true, []).body).toEqual([' colSpan="5"No users yet.'])
	expect(cells(false, []).body).toEqual([' colSpan="4"No users yet.'])
})
