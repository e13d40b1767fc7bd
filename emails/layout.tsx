import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

export type RenderedEmail = { subject: string; html: string; text: string }

const body = { fontFamily: 'Arial, sans-serif', fontSize: '19px', lineHeight: 1.4, color: '#0b0c0c', margin: 0 }
const header = { backgroundColor: '#0b0c0c', color: '#ffffff', padding: '15px 20px', fontWeight: 700 }
const content = { padding: '20px', maxWidth: '580px' }
const footer = { padding: '0 20px 20px', fontSize: '16px', color: '#505a5f' }

/** Email clients ignore stylesheets, so the few styles are inline. */
export function EmailLayout({ councilName, children }: { councilName: string; children: ReactNode }) {
	return (
		<html lang="en">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width" />
			</head>
			<body style={body}>
				<div style={header}>{councilName}</div>
				<div style={content}>{children}</div>
				<div style={footer}>
					Sent by the {councilName} social value portal. If you were not expecting this email, you can ignore it.
				</div>
			</body>
		</html>
	)
}

export function renderEmail(subject: string, element: ReactNode, text: string): RenderedEmail {
	return { subject, html: '<!DOCTYPE html>' + renderToStaticMarkup(element), text }
}

export const linkStyle = { color: '#1d70b8' }
