import { useEffect, useId, useState, type ReactNode } from 'react';
import { strings } from '../strings';

interface FieldFrameProps {
  label: string;
  /** Accessible name of the control when the visible label is shorter, as in repeated rows. */
  accessibleLabel?: string;
  /** Keeps the label for screen readers and locators but hides it on screen, as in table cells. */
  hideLabel?: boolean;
  hint?: string;
  errors: readonly string[];
  className?: string;
  children: (control: { describedBy: string | undefined; invalid: boolean; ariaLabel: string | undefined }) => ReactNode;
}

/** Lay out one labelled control with its hint and the problems that name it. */
function FieldFrame({ label, accessibleLabel, hideLabel = false, hint, errors, className = '', children }: FieldFrameProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint === undefined ? null : hintId, errors.length > 0 ? errorId : null].filter(Boolean).join(' ');

  return (
    <label className={`field ${className}`}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      {children({ describedBy: describedBy === '' ? undefined : describedBy, invalid: errors.length > 0, ariaLabel: accessibleLabel })}
      {hint !== undefined && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <FieldErrors id={errorId} messages={errors} />
    </label>
  );
}

/** List problem messages under a control. Renders nothing without problems. */
export function FieldErrors({ id, messages }: { id?: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;

  return (
    <span id={id} className="field-errors">
      {messages.map((message, index) => (
        <span key={`${index}-${message}`} className="field-error">
          {message}
        </span>
      ))}
    </span>
  );
}

interface CommonFieldProps {
  label: string;
  accessibleLabel?: string;
  hideLabel?: boolean;
  hint?: string;
  errors?: readonly string[];
  className?: string;
  disabled?: boolean;
}

export interface TextFieldProps extends CommonFieldProps {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'datetime-local' | 'email';
  /** Id of a `<datalist>` with suggestions. */
  list?: string;
  placeholder?: string;
}

export function TextField({ value, onChange, multiline = false, type = 'text', list, placeholder, ...frame }: TextFieldProps) {
  return (
    <FieldFrame {...frame} errors={frame.errors ?? []}>
      {({ describedBy, invalid, ariaLabel }) =>
        multiline ? (
          <textarea
            value={value}
            disabled={frame.disabled}
            aria-label={ariaLabel}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            type={type}
            value={value}
            list={list}
            placeholder={placeholder}
            disabled={frame.disabled}
            aria-label={ariaLabel}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}

export interface NumberFieldProps extends CommonFieldProps {
  value: number | null;
  /** Called with each value that parses; text that does not parse shows a message and is not passed on. */
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  /** Accept only whole numbers. */
  integer?: boolean;
  /** An empty box means null, such as "no cap". Without it an empty box is a problem. */
  allowEmpty?: boolean;
}

type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

function parseNumber(text: string, integer: boolean, allowEmpty: boolean): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return allowEmpty ? { ok: true, value: null } : { ok: false, message: strings.fields.numberRequired };

  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: strings.fields.notANumber };
  if (integer && !Number.isInteger(value)) return { ok: false, message: strings.fields.notAWholeNumber };

  return { ok: true, value };
}

export function NumberField(props: NumberFieldProps) {
  const { value, onChange, min, max, integer = false, allowEmpty = false, ...frame } = props;
  const [text, setText] = useState(value === null ? '' : String(value));
  const parsed = parseNumber(text, integer, allowEmpty);

  // A value changed elsewhere (a restored working copy, a discarded change) replaces the text in the
  // box. The effect depends on `value` alone, so typing text that does not parse yet is kept.
  useEffect(() => {
    setText((current) => {
      const shown = parseNumber(current, integer, allowEmpty);
      if (shown.ok && shown.value === value) return current;

      return value === null ? '' : String(value);
    });
  }, [value, integer, allowEmpty]);

  const errors = [...(parsed.ok ? [] : [parsed.message]), ...(frame.errors ?? [])];

  return (
    <FieldFrame {...frame} errors={errors}>
      {({ describedBy, invalid, ariaLabel }) => (
        <input
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          min={min}
          max={max}
          step={integer ? 1 : 'any'}
          disabled={frame.disabled}
          aria-label={ariaLabel}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            const next = parseNumber(event.target.value, integer, allowEmpty);
            if (next.ok) onChange(next.value);
          }}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends CommonFieldProps {
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** A first, empty option, such as "Choose a pool". */
  placeholder?: string;
}

export function SelectField({ value, options, onChange, placeholder, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame {...frame} errors={frame.errors ?? []}>
      {({ describedBy, invalid, ariaLabel }) => (
        <select
          value={value}
          disabled={frame.disabled}
          aria-label={ariaLabel}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  hideLabel?: boolean;
}

export function CheckboxField({ label, checked, onChange, disabled, hideLabel = false }: CheckboxFieldProps) {
  return (
    <label className="checkbox-field">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
    </label>
  );
}
