import { ErrorDisplay, navigate, problemsForField } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../strings';
import { REJECT_REASONS } from './lead.operations';
import { useRejectLead } from './use-reject-lead';

export interface RejectFormProps {
  leadId: string;
  onCancel: () => void;
}

const labels = strings.rejectForm;
const fieldLabels = { reasonCode: labels.reasonLabel, note: labels.noteLabel };

/**
 * Reject a hand-off with an active REJECT reason code and a note. The server decides whether the
 * note is required, so its BAD_USER_INPUT problems show beside the fields and the form keeps its input.
 */
export function RejectForm({ leadId, onCancel }: RejectFormProps) {
  const noteHintId = useId();
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const reasons = useQuery(REJECT_REASONS);
  const [rejectLead, { loading, error }] = useRejectLead();

  const activeReasons = (reasons.data?.reasonCodes ?? []).filter((reason) => reason.active);
  const selected = activeReasons.find((reason) => reason.code === reasonCode);
  const noteProblems = problemsForField(error, 'note');
  const reasonProblems = problemsForField(error, 'reasonCode');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const trimmedNote = note.trim();
    const result = await rejectLead({
      variables: { id: leadId, reasonCode, note: trimmedNote === '' ? null : trimmedNote },
    }).catch(() => undefined);

    if (result?.data?.rejectLead !== undefined) navigate('/');
  };

  return (
    <form className="card reject-form" onSubmit={handleSubmit} aria-labelledby="reject-heading">
      <h2 id="reject-heading">{labels.heading}</h2>

      <ErrorDisplay error={reasons.error} />
      <ErrorDisplay error={error} fieldLabels={fieldLabels} />

      <label className="field">
        <span>{labels.reasonLabel}</span>
        <select
          name="reasonCode"
          required
          value={reasonCode}
          onChange={(event) => setReasonCode(event.target.value)}
          aria-invalid={reasonProblems.length > 0}
          disabled={reasons.loading}
        >
          <option value="">{reasons.loading ? labels.loadingReasons : labels.reasonPlaceholder}</option>
          {activeReasons.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {reason.label}
            </option>
          ))}
        </select>
        {reasonProblems.map((message) => (
          <span key={message} className="field-error">
            {message}
          </span>
        ))}
      </label>

      <label className="field">
        <span>
          {labels.noteLabel}{' '}
          <span id={noteHintId} className="field-hint">
            ({selected?.noteRequired ? labels.noteRequired : labels.noteOptional})
          </span>
        </span>
        <textarea
          name="note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-required={selected?.noteRequired ?? false}
          aria-invalid={noteProblems.length > 0}
          aria-describedby={noteHintId}
        />
        {noteProblems.map((message) => (
          <span key={message} className="field-error">
            {message}
          </span>
        ))}
      </label>

      <div className="button-row">
        <button type="submit" className="button danger" disabled={loading || reasons.loading}>
          {loading ? labels.submitting : labels.submit}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={loading}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
