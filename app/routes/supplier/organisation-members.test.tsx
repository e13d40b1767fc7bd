import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { Table } from '#app/components/govuk/table.tsx'
import { type Member, memberHead, memberRows } from './organisation-members.tsx'

const members: Member[] = [
	{
		id: 1,
		name: 'Robin Founder',
		email: 'robin@a.example',
		status: 'active',
		isOrgAdmin: true,
		receivesReminders: true,
		version: 1,
	},
	{
		id: 2,
		name: 'Sam Colleague',
		email: 'sam@a.example',
		status: 'invited',
		isOrgAdmin: false,
		receivesReminders: false,
		version: 1,
	},
]

function render(manages: boolean) {
	const html = renderToStaticMarkup(
		<Table
			head={memberHead(manages)}
			rows={memberRows(members, { manages, remove: (member) => <button>Remove {member.name}</button> })}
		/>,
	)
	return [...html.matchAll(/<tr class="govuk-table__row">(.*?)<\/tr>/g)].map((row) =>
		[...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, ' ').trim()),
	)
}

test('each person with their email address, status, and whether reminders go to them', () => {
	expect(render(false)).toEqual([
		['Name', 'Email address', 'Status', 'Receives reminders'],
		['Robin Founder Manages the organisation', 'robin@a.example', 'Active', 'Yes'],
		['Sam Colleague', 'sam@a.example', 'Invited', 'No'],
	])
})

test('someone who manages the organisation gets a way to remove each person', () => {
	expect(render(true)).toEqual([
		['Name', 'Email address', 'Status', 'Receives reminders', 'Actions'],
		['Robin Founder Manages the organisation', 'robin@a.example', 'Active', 'Yes', 'Remove Robin Founder'],
		['Sam Colleague', 'sam@a.example', 'Invited', 'No', 'Remove Sam Colleague'],
	])
})
