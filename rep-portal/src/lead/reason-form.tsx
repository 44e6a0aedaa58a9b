import { problemsForField, type Stage } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { strings, type ReasonFormStrings } from '../strings';
import { ActionFailure } from './action-failure';
import { closeOnEscape } from './activity/close-on-escape';
import { FieldErrors } from './activity/field-errors';
import { REASON_OPTIONS, type ReasonActionName } from './lead-actions';
import type { ReasonInput } from './use-lead-action';

export interface ReasonFormProps {
  action: ReasonActionName;
  /** Stage the lead is in before the action, named when the server rejects it. */
  stage: Stage;
  submitting: boolean;
  /** The API error of the last submit, or undefined. */
  error: unknown;
  onSubmit: (input: ReasonInput) => void;
  onCancel: () => void;
}

const FORM_LABELS: Record<ReasonActionName, ReasonFormStrings> = {
  REJECT: strings.rejectForm,
  DISQUALIFY: strings.disqualifyForm,
  RECYCLE: strings.recycleForm,
  LOSE: strings.loseForm,
};

// The fields this form shows; the server's problems on them appear beside the field only.
const FORM_FIELDS = ['reasonCode', 'note'];

/**
 * Ask for an active reason code of the action's kind and a note. The server decides whether the note
 * is required, so its BAD_USER_INPUT problems show beside the fields and the form keeps its input.
 */
export function ReasonForm({ action, stage, submitting, error, onSubmit, onCancel }: ReasonFormProps) {
  const headingId = useId();
  const noteHintId = useId();
  const noteErrorId = useId();
  const reasonErrorId = useId();
  const labels = FORM_LABELS[action];
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const reasons = useQuery(REASON_OPTIONS[action]);
  const reasonSelectRef = useRef<HTMLSelectElement>(null);

  // The select is disabled until the reasons arrive, and a disabled element cannot take focus, so the
  // form focuses it once it is enabled. The `r` shortcut relies on this.
  useEffect(() => {
    if (!reasons.loading) reasonSelectRef.current?.focus();
  }, [reasons.loading]);

  const activeReasons = (reasons.data?.reasonCodes ?? []).filter((reason) => reason.active);
  const selected = activeReasons.find((reason) => reason.code === reasonCode);
  const noteProblems = problemsForField(error, 'note');
  const reasonProblems = problemsForField(error, 'reasonCode');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const trimmedNote = note.trim();
    onSubmit({
      reason: { code: reasonCode, label: selected?.label ?? reasonCode },
      note: trimmedNote === '' ? null : trimmedNote,
    });
  };

  return (
    <form
      className="card reason-form"
      onSubmit={handleSubmit}
      onKeyDown={closeOnEscape(onCancel, submitting)}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{labels.heading}</h2>

      <ActionFailure action={action} error={reasons.error} stage={stage} />
      <ActionFailure action={action} error={error} stage={stage} fieldsShownInForm={FORM_FIELDS} />

      <label className="field">
        <span>{labels.reasonLabel}</span>
        <select
          ref={reasonSelectRef}
          name="reasonCode"
          required
          value={reasonCode}
          onChange={(event) => setReasonCode(event.target.value)}
          aria-invalid={reasonProblems.length > 0}
          aria-describedby={reasonProblems.length > 0 ? reasonErrorId : undefined}
          disabled={reasons.loading}
        >
          <option value="">{reasons.loading ? labels.loadingReasons : labels.reasonPlaceholder}</option>
          {activeReasons.map((reason) => (
            <option key={reason.code} value={reason.code}>
              {reason.label}
            </option>
          ))}
        </select>
        <FieldErrors id={reasonErrorId} messages={reasonProblems} />
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
          aria-describedby={noteProblems.length > 0 ? `${noteHintId} ${noteErrorId}` : noteHintId}
        />
        <FieldErrors id={noteErrorId} messages={noteProblems} />
      </label>

      <div className="button-row">
        <button type="submit" className="button danger" disabled={submitting || reasons.loading}>
          {submitting ? labels.submitting : labels.submit}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={submitting}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
