import type { FieldMetadata } from '@conform-to/react'
import { z } from 'zod'
import { PASSWORD_MIN_LENGTH, passwordProblem } from '#app/domain/password-rules.ts'
import { inputFieldProps } from './field-props.ts'
import { Input } from './govuk/input.tsx'

/** The "choose a password, then type it again" pair, with the portal's password rules. */
export function newPasswordSchema(context: { email: string }) {
	return z
		.object({
			token: z.string({ error: 'The link is missing its code' }),
			password: z.string({ error: 'Enter a password' }),
			confirmPassword: z.string({ error: 'Enter the password again' }),
		})
		.superRefine((value, ctx) => {
			const problem = passwordProblem(value.password, context)
			if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
			else if (value.password !== value.confirmPassword) {
				ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'Enter the same password in both fields' })
			}
		})
}

export function NewPasswordFields({
	password,
	confirmPassword,
}: {
	password: FieldMetadata<string>
	confirmPassword: FieldMetadata<string>
}) {
	const { key: passwordKey, ...newPassword } = inputFieldProps(password, 'password')
	const { key: confirmKey, ...confirm } = inputFieldProps(confirmPassword, 'password')
	return (
		<>
			<Input
				label={{ text: 'New password' }}
				hint={{
					text: `Must be ${PASSWORD_MIN_LENGTH} characters or more. A few unrelated words together make a strong password that is easy to remember.`,
				}}
				key={passwordKey}
				{...newPassword}
				autocomplete="new-password"
			/>
			<Input label={{ text: 'Confirm new password' }} key={confirmKey} {...confirm} autocomplete="new-password" />
		</>
	)
}
