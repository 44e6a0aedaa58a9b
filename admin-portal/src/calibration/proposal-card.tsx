import { navigate, useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { editorPath } from '../draft-editor/editor-sections';
import { strings } from '../strings';
import { GOVERNANCE_VERSIONS } from '../versions/governance-versions.operations';
import { CREATE_DRAFT_FROM_CALIBRATION, type CalibrationMotion, type CalibrationProposal } from './calibration.operations';
import { formatRate } from './calibration-tables';

const labels = strings.calibration;

interface ProposalCardProps {
  motion: CalibrationMotion;
  days: number;
  proposal: CalibrationProposal;
  canEdit: boolean;
}

/** Show one proposal in words, its effect next to the current rules, and the button that turns it into a draft. */
export function ProposalCard({ motion, days, proposal, canEdit }: ProposalCardProps) {
  const toasts = useToasts();
  const [createDraft, { loading }] = useMutation(CREATE_DRAFT_FROM_CALIBRATION, { refetchQueries: [GOVERNANCE_VERSIONS] });
  const kind = labels.proposalKind[proposal.kind] ?? proposal.kind;

  const create = async () => {
    try {
      const result = await createDraft({ variables: { motion, proposalId: proposal.id, days } });
      const draft = result.data?.createDraftFromCalibration;
      if (draft === undefined) return;

      toasts.success(labels.draftCreated(draft.version));
      navigate(editorPath(draft.version));
    } catch (error) {
      toasts.error(error, { title: labels.createFailed });
    }
  };

  const rows: Array<[string, string, string]> = [
    [labels.effectRows.fitThreshold, String(proposal.current.fitThreshold), String(proposal.proposed.fitThreshold)],
    [labels.effectRows.intentThreshold, String(proposal.current.intentThreshold), String(proposal.proposed.intentThreshold)],
    [labels.effectRows.mqlCount, String(proposal.current.mqlCount), String(proposal.proposed.mqlCount)],
    [labels.effectRows.acceptance, formatRate(proposal.current.predictedAcceptanceRate), formatRate(proposal.proposed.predictedAcceptanceRate)],
    [labels.effectRows.conversion, formatRate(proposal.current.predictedConversionRate), formatRate(proposal.proposed.predictedConversionRate)],
  ];

  return (
    <section className="card" aria-label={kind}>
      <h3>{kind}</h3>
      <ul>
        {proposal.explanation.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {proposal.change.fitWeights.length > 0 && (
        <ul className="small">
          {proposal.change.fitWeights.map((weight) => (
            <li key={weight.weight}>{labels.weightChange(weight.weight, weight.from, weight.to)}</li>
          ))}
        </ul>
      )}
      <div className="table-wrap">
        <table>
          <caption>{labels.effectCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.columns.rule}</th>
              <th scope="col">{labels.columns.current}</th>
              <th scope="col">{labels.columns.proposed}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, current, proposed]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{current}</td>
                <td>{proposed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <button
          type="button"
          className="button primary"
          disabled={loading}
          aria-label={labels.createDraftFor(kind)}
          onClick={() => void create()}
        >
          {loading ? labels.creating : labels.createDraft}
        </button>
      )}
    </section>
  );
}
