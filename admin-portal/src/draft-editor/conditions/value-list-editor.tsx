import type { ConditionValue } from '@accord/governance';
import { MOTIONS } from '@accord/portal-kit';
import { useEffect, useState } from 'react';
import { CheckboxField, FieldErrors, TextField } from '../../common/fields';
import { strings } from '../../strings';
import type { FieldKind } from './condition-nodes';

const labels = strings.conditions;

export interface ValueListEditorProps {
  kind: FieldKind;
  values: ConditionValue[];
  errors: string[];
  onChange: (values: ConditionValue[]) => void;
}

/**
 * Edit the set of an `in` or `notIn` condition. Motions and yes/no are ticked. Other values are typed
 * one per line or separated by commas, which suits long lists such as countries.
 */
export function ValueListEditor({ kind, values, errors, onChange }: ValueListEditorProps) {
  if (kind === 'motion' || kind === 'boolean') {
    const choices: { value: ConditionValue; label: string }[] =
      kind === 'motion'
        ? MOTIONS.map((motion) => ({ value: motion, label: strings.motion[motion] }))
        : [
            { value: true, label: labels.yes },
            { value: false, label: labels.no },
          ];

    return (
      <fieldset className="field inline-choices">
        <legend>{labels.values}</legend>
        {choices.map((choice) => (
          <CheckboxField
            key={String(choice.value)}
            label={choice.label}
            checked={values.includes(choice.value)}
            onChange={(checked) => onChange(checked ? [...values, choice.value] : values.filter((value) => value !== choice.value))}
          />
        ))}
        <FieldErrors messages={errors} />
      </fieldset>
    );
  }

  return <TypedValueList kind={kind} values={values} errors={errors} onChange={onChange} />;
}

function formatValues(values: ConditionValue[]): string {
  return values.map(String).join(', ');
}

function parseValues(text: string, kind: FieldKind): { values: ConditionValue[]; invalid: string[] } {
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (kind !== 'number') return { values: items, invalid: [] };

  const invalid = items.filter((item) => !Number.isFinite(Number(item)));

  return { values: items.filter((item) => !invalid.includes(item)).map(Number), invalid };
}

function TypedValueList({ kind, values, errors, onChange }: ValueListEditorProps) {
  const [text, setText] = useState(() => formatValues(values));
  const parsed = parseValues(text, kind);

  // A list changed elsewhere replaces the text, but the text the admin is typing is kept while it
  // parses to the same values.
  useEffect(() => {
    setText((current) => {
      const shown = parseValues(current, kind).values;
      const same = shown.length === values.length && shown.every((value, index) => value === values[index]);

      return same ? current : formatValues(values);
    });
  }, [values, kind]);

  const typingErrors = parsed.invalid.length > 0 ? [labels.notNumbers(parsed.invalid.join(', '))] : [];

  return (
    <TextField
      label={labels.values}
      hint={labels.valuesHint}
      multiline
      value={text}
      errors={[...typingErrors, ...errors]}
      onChange={(next) => {
        setText(next);
        onChange(parseValues(next, kind).values);
      }}
    />
  );
}
