import { problemsForField } from '@accord/portal-kit';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../../strings';
import { ActivityFailure } from './activity-failure';
import { closeOnEscape } from './close-on-escape';
import { FieldErrors } from './field-errors';
import { FormButtons } from './form-buttons';

export interface PauseSlaFormProps {
  /** The reasons the running clock's policy allows (`slaPauseReasons`). */
  reasons: readonly string[];
  submitting: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Choose why the SLA clock stops, from the reasons its policy allows. */
export function PauseSlaForm({ reasons, submitting, error, onSubmit, onCancel }: PauseSlaFormProps) {
  const labels = strings.activity.pause;
  const headingId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const problems = problemsForField(error, 'reason');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(reason);
  };

  return (
    <form className="activity-form" onSubmit={handleSubmit} onKeyDown={closeOnEscape(onCancel, submitting)} aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.heading}</h3>
      <p className="muted small">{labels.intro}</p>
      <ActivityFailure heading={labels.failed} error={error} fieldsShownInForm={['reason']} />

      <label className="field">
        <span>{labels.reasonLabel}</span>
        <select
          name="reason"
          autoFocus
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problems.length > 0}
          aria-describedby={problems.length > 0 ? errorId : undefined}
        >
          <option value="">{labels.reasonPlaceholder}</option>
          {reasons.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <FieldErrors id={errorId} messages={problems} />
      </label>

      <FormButtons submitLabel={submitting ? labels.submitting : labels.submit} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
