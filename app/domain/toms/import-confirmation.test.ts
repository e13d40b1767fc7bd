import { expect, test } from 'vitest'
import { replacingNeedsConfirmation, replacingWarning } from './import-confirmation.ts'

test('only a draft holding something needs confirming before an import replaces it', () => {
	expect(replacingNeedsConfirmation({ themes: 0, outcomes: 0, measures: 0 })).toBe(false)
	// A theme typed in by hand, with nothing under it yet, would still be lost.
	expect(replacingNeedsConfirmation({ themes: 1, outcomes: 0, measures: 0 })).toBe(true)
})

test('the warning says what will be replaced, hand edits included', () => {
	expect(replacingWarning({ themes: 2, outcomes: 3, measures: 5 })).toBe(
		'This draft already has 2 themes, 3 outcomes and 5 measures. Importing a file replaces all of them, including any changes made by hand.',
	)
})
