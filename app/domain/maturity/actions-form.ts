import { z } from 'zod'
import { optionalDateSchema } from '../date-parts.ts'
import { actionStatuses } from './plan.ts'

/** One area's actions: owner, due date and status of each, with the version each was read at. */
export const AreaActionsFormSchema = z.object({
	actions: z
		.array(
			z.object({
				key: z.string({ error: 'Reload the page and try again' }).max(80),
				version: z.coerce.number({ error: 'Reload the page and try again' }).int().min(0),
				owner: z.string().trim().max(120, 'Owner must be 120 characters or fewer').default(''),
				dueDate: optionalDateSchema({ label: 'Due date' }),
				status: z.enum(actionStatuses, { error: 'Choose a status' }),
			}),
		)
		.min(1, 'Reload the page and try again')
		.max(50),
})
