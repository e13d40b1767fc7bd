import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { FileUpload, type FileUploadProps } from './file-upload.tsx'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'

describe('FileUpload', () => {
	it.each(fixtureCases<FileUploadProps>('file-upload'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<FileUpload {...options} />))).toBe(normaliseHtml(html))
	})
})
