import { parseWithZod } from '@conform-to/zod/v4'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { invalidFormReply, mainFormReply, refusalReply, RELOAD_AND_TRY_AGAIN } from './form-reply.ts'

const Schema = z.object({
	name: z.string({ error: 'Enter the name' }),
	version: z.coerce.number().int().min(1),
})

function form(entries: Record<string, string>) {
	const data = new FormData()
	for (const [key, value] of Object.entries(entries)) data.append(key, value)
	return parseWithZod(data, { schema: Schema })
}

test('a wrong version, which nobody types, becomes a message the page shows', () => {
	for (const version of ['', 'NaN', '1e309', '-1', '0.001', '9007199254740993x']) {
		const reply = invalidFormReply(form({ name: 'Ann', version }), ['version'])
		expect(reply.error?.[''], version).toEqual([RELOAD_AND_TRY_AGAIN])
	}
})

test('mistakes in typed fields keep their own messages, with nothing added', () => {
	const reply = invalidFormReply(form({ version: '3' }), ['version'])
	expect(reply.error?.['']).toBeUndefined()
	expect(reply.error?.name).toEqual(['Enter the name'])
})

test('fields asked to be hidden stay out of the reply', () => {
	const reply = invalidFormReply(form({ name: 'secret', version: 'x' }), ['version'], { hideFields: ['name'] })
	expect(reply.initialValue?.name).toBeUndefined()
	expect(reply.error?.['']).toEqual([RELOAD_AND_TRY_AGAIN])
})

test('a reply to a form beside the main one brings its errors, and the main form keeps its values', () => {
	const Buttons = z.discriminatedUnion('intent', [
		z.object({ intent: z.literal('save'), name: z.string(), version: z.coerce.number().int().min(1) }),
		z.object({ intent: z.literal('delete'), version: z.coerce.number().int().min(1) }),
	])
	const send = (entries: Record<string, string>) => {
		const data = new FormData()
		for (const [key, value] of Object.entries(entries)) data.append(key, value)
		return parseWithZod(data, { schema: Buttons })
	}
	const deleted = send({ intent: 'delete', version: '3' }).reply({ formErrors: ['Edited by someone else'] })
	expect(mainFormReply(deleted, ['delete'])).toEqual({ ...deleted, initialValue: undefined })
	expect(mainFormReply(deleted, ['delete'])?.error?.['']).toEqual(['Edited by someone else'])
	const saved = send({ intent: 'save', name: '', version: '3' }).reply({ formErrors: ['Edited by someone else'] })
	expect(mainFormReply(saved, ['delete'])).toBe(saved)
	expect(mainFormReply(undefined, ['delete'])).toBeUndefined()
})

test('a refusal sits against the field it names, or above the form', () => {
	const accepted = form({ name: 'Ann', version: '3' })
	expect(refusalReply(accepted, { message: 'That name is taken', field: 'name' }).error).toEqual({
		name: ['That name is taken'],
	})
	const stale = refusalReply(accepted, { message: 'Someone else changed this' })
	expect(stale.error).toEqual({ '': ['Someone else changed this'] })
	expect(stale.initialValue?.name).toBe('Ann')
})
