import { problemsForField } from '@accord/portal-kit';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../../strings';
import { ActivityFailure } from './activity-failure';
import { closeOnEscape } from './close-on-escape';
import { FieldErrors } from './field-errors';
import { FormButtons } from './form-buttons';

// The API accepts notes of 1 to 2000 characters.
const NOTE_MAX_LENGTH = 2000;

export interface NoteFormProps {
  submitting: boolean;
  error: unknown;
  onSubmit: (body: string) => void;
  onCancel: () => void;
}

/** Write a note on the lead. The text stays in the form when the server rejects it. */
export function NoteForm({ submitting, error, onSubmit, onCancel }: NoteFormProps) {
  const labels = strings.activity.note;
  const headingId = useId();
  const errorId = useId();
  const [body, setBody] = useState('');
  const problems = problemsForField(error, 'body');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(body.trim());
  };

  return (
    <form className="activity-form" onSubmit={handleSubmit} onKeyDown={closeOnEscape(onCancel, submitting)} aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.heading}</h3>
      <ActivityFailure heading={labels.failed} error={error} fieldsShownInForm={['body']} />

      <label className="field">
        <span>
          {labels.bodyLabel} <span className="field-hint">({labels.lengthHint(NOTE_MAX_LENGTH)})</span>
        </span>
        <textarea
          name="body"
          autoFocus
          required
          maxLength={NOTE_MAX_LENGTH}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? errorId : undefined}
        />
        <FieldErrors id={errorId} messages={problems} />
      </label>

      <FormButtons submitLabel={submitting ? labels.submitting : labels.submit} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
