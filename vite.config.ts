import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
	css: {
		preprocessorOptions: {
			scss: {
				// govuk-frontend still uses a few deprecated Sass features; its own
				// guidance is to silence them rather than patch the package.
				quietDeps: true,
				silenceDeprecations: ['import', 'global-builtin', 'slash-div'],
				loadPaths: ['node_modules'],
			},
		},
	},
	build: { assetsInlineLimit: 0 },
	plugins: [reactRouter()],
})
