import { href, redirect } from 'react-router'
import { uploadDraftSpreadsheet } from '#app/lib/direct-contract-upload.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { MatrixUploadPage, matrixUploadAction } from '#app/routes/shared/matrix-upload-page.tsx'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { withNotice } from '#app/components/notices.ts'
import { requireDirectDraft } from './contract-draft-route.server.ts'
import type { Route } from './+types/contract-draft-upload.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireDirectDraft(request, params.matrixId)
	return {
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		tender: { reference: workspace.tender.reference, title: workspace.tender.title },
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireDirectDraft(request, params.matrixId)
	const refused = await matrixUploadAction(
		request,
		{ readForm: readFormData, maxFileBytes: MAX_IMPORT_BYTES },
		({ version, bytes }) =>
			uploadDraftSpreadsheet(
				user,
				{ matrixId: workspace.matrix.id, version, bytes },
				{ ip: context.clientIp, now: Date.now() },
			),
	)
	if (refused) return refused
	return redirect(
		withNotice(
			href('/manage/contract-drafts/:matrixId', { matrixId: String(workspace.matrix.id) }),
			'commitments-uploaded',
		),
	)
}

export default function ContractDraftUpload({ loaderData, actionData }: Route.ComponentProps) {
	const { matrixId, version, tender } = loaderData
	const id = String(matrixId)
	return (
		<MatrixUploadPage
			actionData={actionData}
			version={version}
			back={{ href: href('/manage/contract-drafts/:matrixId', { matrixId: id }), text: 'Back to the contract' }}
			caption={`${tender.reference} · ${tender.title}`}
			title="Upload commitments from a spreadsheet"
			unchanged="the contract’s commitments"
			intro={
				<p className="govuk-body">
					Upload the supplier’s matrix spreadsheet for this contract, in the format suppliers use. It replaces every
					commitment entered so far with what the file holds, so a measure left empty in the file is cleared. If
					anything in the file is wrong, nothing changes and every problem is listed.
				</p>
			}
			download={
				<p className="govuk-body">
					<a
						className="govuk-link"
						href={href('/manage/contract-drafts/:matrixId/spreadsheet', { matrixId: id })}
						download
					>
						Download the commitments as a spreadsheet
					</a>{' '}
					to fill in: it already holds what has been entered, and this contract’s reference.
				</p>
			}
		/>
	)
}
