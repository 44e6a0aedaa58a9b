import { problemsForField } from '@accord/portal-kit';
import { useId, useState, type FormEvent } from 'react';
import { strings } from '../../strings';
import type { LeadUpdateInput } from './lead-activity.operations';
import { ActivityFailure } from './activity-failure';
import { closeOnEscape } from './close-on-escape';
import { FieldErrors } from './field-errors';
import { FormButtons } from './form-buttons';
import { EDITABLE_LEAD_FIELDS, isEditableLeadField, toLeadUpdateInput, type LeadFieldKind } from './lead-field-inputs';

export interface MissingFieldsFormProps {
  /** `missingFieldsForNextStage` of the lead. */
  fields: readonly string[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: LeadUpdateInput) => void;
  onCancel: () => void;
}

/**
 * Ask for the fields the lead's next stage requires, each with an input of its type. Fields a rep
 * cannot set, such as the e-mail address, are named with a hint instead.
 */
export function MissingFieldsForm({ fields, submitting, error, onSubmit, onCancel }: MissingFieldsFormProps) {
  const labels = strings.activity.fields;
  const headingId = useId();
  const editable = fields.filter(isEditableLeadField);
  const readOnly = fields.filter((field) => !isEditableLeadField(field));
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(editable.map((field) => [field, ''])));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(toLeadUpdateInput(values));
  };

  return (
    <form className="activity-form" onSubmit={handleSubmit} onKeyDown={closeOnEscape(onCancel, submitting)} aria-labelledby={headingId}>
      <h3 id={headingId}>{labels.heading}</h3>
      <p className="muted small">{labels.intro}</p>
      <ActivityFailure heading={labels.failed} error={error} fieldsShownInForm={editable} />

      {editable.map((field, index) => (
        <FieldInput
          key={field}
          field={field}
          kind={EDITABLE_LEAD_FIELDS[field]}
          value={values[field] ?? ''}
          autoFocus={index === 0}
          problems={problemsForField(error, field)}
          onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
        />
      ))}

      {readOnly.length > 0 && (
        <p className="notice small">{labels.notEditable(readOnly.map((field) => strings.lead.fieldNames[field] ?? field).join(', '))}</p>
      )}

      {editable.length > 0 && (
        <FormButtons submitLabel={submitting ? labels.submitting : labels.submit} submitting={submitting} onCancel={onCancel} />
      )}
    </form>
  );
}

interface FieldInputProps {
  field: string;
  kind: LeadFieldKind;
  value: string;
  autoFocus: boolean;
  problems: string[];
  onChange: (value: string) => void;
}

function FieldInput({ field, kind, value, autoFocus, problems, onChange }: FieldInputProps) {
  const errorId = useId();
  const name = strings.lead.fieldNames[field] ?? field;
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  const common = {
    name: field,
    value,
    required: true,
    autoFocus,
    'aria-invalid': problems.length > 0,
    'aria-describedby': problems.length > 0 ? errorId : undefined,
  };

  return (
    <label className="field">
      <span>{label}</span>
      {kind === 'textarea' && <textarea {...common} onChange={(event) => onChange(event.target.value)} />}
      {kind === 'consent' && (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          <option value="">{strings.activity.fields.choose}</option>
          <option value="true">{strings.lead.consent.yes}</option>
          <option value="false">{strings.lead.consent.no}</option>
        </select>
      )}
      {(kind === 'text' || kind === 'tel') && (
        <input {...common} type={kind} onChange={(event) => onChange(event.target.value)} />
      )}
      {(kind === 'integer' || kind === 'amount') && (
        <input {...common} type="number" min={kind === 'integer' ? 1 : 0} step={1} inputMode="numeric" onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldErrors id={errorId} messages={problems} />
    </label>
  );
}
