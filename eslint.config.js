import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import councilScope from './lint/council-scope.js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
	{
		ignores: [
			'build/',
			'.react-router/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/',
			'db/migrations/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'warn',
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ExportDefaultDeclaration > ArrowFunctionExpression',
					message: 'Use a named function declaration.',
				},
			],
		},
	},
	// A query on a council's table says whose it is (ADR 026); tests build their own worlds.
	{
		files: ['app/**/*.{ts,tsx}'],
		ignores: ['**/*.test.{ts,tsx}'],
		plugins: { council: councilScope },
		rules: { 'council/council-scope': 'error' },
	},
	{
		files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts', 'tests/**/*.ts'],
		rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
	},
)
