import { problemsForField } from '@accord/portal-kit';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../../strings';
import { ActivityFailure } from './activity-failure';
import { closeOnEscape } from './close-on-escape';
import { FieldErrors } from './field-errors';
import { FormButtons } from './form-buttons';

// The API accepts a review note of up to 2000 characters.
const NOTE_MAX_LENGTH = 2000;

export interface PipelineReviewFormProps {
  submitting: boolean;
  error: unknown;
  /** Receives the trimmed note, or null when it is blank. */
  onSubmit: (note: string | null) => void;
  onCancel: () => void;
}

/** Record the weekly pipeline review of an opportunity, with an optional note. The note stays in the form when the server rejects it. */
export function PipelineReviewForm({ submitting, error, onSubmit, onCancel }: PipelineReviewFormProps) {
  const labels = strings.activity.pipelineReview;
  const headingId = useId();
  const errorId = useId();
  const [note, setNote] = useState('');
  const problems = problemsForField(error, 'note');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = note.trim();
    onSubmit(trimmed === '' ? null : trimmed);
  };

  return (
    <form className="activity-form" onSubmit={handleSubmit} onKeyDown={closeOnEscape(onCancel, submitting)} aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.heading}</h3>
      <p className="muted">{labels.intro}</p>
      <ActivityFailure heading={labels.failed} error={error} fieldsShownInForm={['note']} />

      <label className="field">
        <span>
          {labels.noteLabel}{' '}
          <span className="field-hint">
            ({strings.activity.contact.optional}, {strings.activity.note.lengthHint(NOTE_MAX_LENGTH)})
          </span>
        </span>
        <textarea
          name="note"
          autoFocus
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? errorId : undefined}
        />
        <FieldErrors id={errorId} messages={problems} />
      </label>

      <FormButtons submitLabel={submitting ? labels.submitting : labels.submit} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
