import { href, redirect } from 'react-router'
import { editRefusal } from '#app/lib/matrix-lines.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { uploadMatrixSpreadsheet } from '#app/lib/matrix-spreadsheet.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { MatrixUploadPage, matrixUploadAction } from '#app/routes/shared/matrix-upload-page.tsx'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/matrix-upload.ts'

function loadEditable(request: Request, matrixIdParam: string | undefined) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, matrixIdParam)
	const refusal = editRefusal(workspace.matrix, workspace.tender, Date.now())
	if (refusal) throw new Response(refusal, { status: 400 })
	return { user, workspace }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = loadEditable(request, params.matrixId)
	return {
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		tender: { reference: workspace.tender.reference, title: workspace.tender.title },
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = loadEditable(request, params.matrixId)
	const refused = await matrixUploadAction(
		request,
		{ readForm: readFormData, maxFileBytes: MAX_IMPORT_BYTES },
		({ version, bytes }) =>
			uploadMatrixSpreadsheet(
				user,
				{ matrixId: workspace.matrix.id, version, bytes },
				{ ip: context.clientIp, now: Date.now() },
			),
	)
	if (refused) return refused
	return redirect(withNotice(href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) }), 'matrix-uploaded'))
}

export default function MatrixUpload({ loaderData, actionData }: Route.ComponentProps) {
	const { matrixId, version, tender } = loaderData
	return (
		<MatrixUploadPage
			actionData={actionData}
			version={version}
			back={{ href: href('/matrices/:matrixId', { matrixId: String(matrixId) }), text: 'Back to your matrix' }}
			caption={`${tender.reference} · ${tender.title}`}
			title="Upload your matrix from a spreadsheet"
			unchanged="your matrix"
			intro={
				<p className="govuk-body">
					Upload the spreadsheet of this matrix with your answers filled in. It replaces every line of your matrix with
					what the file holds, so a measure left empty in the file is cleared. If anything in the file is wrong, nothing
					changes and every problem is listed.
				</p>
			}
			download={
				<p className="govuk-body">
					<a
						className="govuk-link"
						href={href('/matrices/:matrixId/spreadsheet', { matrixId: String(matrixId) })}
						download
					>
						Download your matrix as a spreadsheet
					</a>{' '}
					if you do not have it yet: it already holds your saved answers.
				</p>
			}
		/>
	)
}
