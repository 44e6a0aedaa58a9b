import { problemsForField } from '@accord/portal-kit';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../../strings';
import type { ContactChannel, ContactOutcome } from '../lead.operations';
import { ActivityFailure } from './activity-failure';
import { closeOnEscape } from './close-on-escape';
import { FieldErrors } from './field-errors';
import { FormButtons } from './form-buttons';
import type { ContactAttemptInput } from './use-log-contact-attempt';

const CHANNELS: readonly ContactChannel[] = ['PHONE', 'EMAIL', 'MEETING', 'OTHER'];
const OUTCOMES: readonly ContactOutcome[] = ['REACHED', 'NO_ANSWER', 'LEFT_MESSAGE', 'WRONG_NUMBER', 'BOUNCED'];
const FORM_FIELDS = ['channel', 'outcome', 'note'];

export interface ContactAttemptFormProps {
  submitting: boolean;
  error: unknown;
  onSubmit: (input: ContactAttemptInput) => void;
  onCancel: () => void;
}

/** Record how the rep tried to reach the lead and what happened, with an optional note. */
export function ContactAttemptForm({ submitting, error, onSubmit, onCancel }: ContactAttemptFormProps) {
  const labels = strings.activity.contact;
  const headingId = useId();
  const noteErrorId = useId();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [outcome, setOutcome] = useState<ContactOutcome>('REACHED');
  const [note, setNote] = useState('');
  const noteProblems = problemsForField(error, 'note');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const trimmed = note.trim();
    onSubmit({ channel, outcome, note: trimmed === '' ? null : trimmed });
  };

  return (
    <form className="activity-form" onSubmit={handleSubmit} onKeyDown={closeOnEscape(onCancel, submitting)} aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.heading}</h3>
      <ActivityFailure heading={labels.failed} error={error} fieldsShownInForm={FORM_FIELDS} />

      <div className="form-row">
        <label className="field">
          <span>{labels.channelLabel}</span>
          <select name="channel" autoFocus value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {strings.contact.channel[value]}
              </option>
            ))}
          </select>
        </label>

        <label className="field">
          <span>{labels.outcomeLabel}</span>
          <select name="outcome" value={outcome} onChange={(event) => setOutcome(event.target.value as ContactOutcome)}>
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {strings.contact.outcome[value]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <label className="field">
        <span>
          {labels.noteLabel} <span className="field-hint">({labels.optional})</span>
        </span>
        <textarea
          name="note"
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteProblems.length > 0}
          aria-describedby={noteProblems.length > 0 ? noteErrorId : undefined}
        />
        <FieldErrors id={noteErrorId} messages={noteProblems} />
      </label>

      <FormButtons submitLabel={submitting ? labels.submitting : labels.submit} submitting={submitting} onCancel={onCancel} />
    </form>
  );
}
