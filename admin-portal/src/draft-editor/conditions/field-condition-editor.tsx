import { LEAD_FIELDS, type ConditionValue, type LeadField } from '@accord/governance';
import { MOTIONS } from '@accord/portal-kit';
import { FieldErrors, NumberField, SelectField, TextField } from '../../common/fields';
import { leadFieldLabel } from '../../common/lead-field-label';
import { strings } from '../../strings';
import { useProblemsAt } from '../draft-editor-context';
import {
  buildFieldCondition,
  CONDITION_OPERATORS,
  fieldKind,
  THRESHOLD_OPERATORS,
  type ConditionOperator,
  type FieldCondition,
  type ThresholdSource,
} from './condition-nodes';
import { ValueListEditor } from './value-list-editor';

const labels = strings.conditions;

const fieldOptions = LEAD_FIELDS.map((field) => ({ value: field, label: leadFieldLabel(field) }));
const operatorOptions = CONDITION_OPERATORS.map((op) => ({ value: op, label: labels.operators[op] }));
const motionOptions = MOTIONS.map((motion) => ({ value: motion, label: strings.motion[motion] }));
const booleanOptions = [
  { value: 'true', label: labels.yes },
  { value: 'false', label: labels.no },
];

export interface FieldConditionEditorProps {
  condition: FieldCondition;
  onChange: (condition: FieldCondition) => void;
  path: string;
}

/** Edit one comparison: a lead field, an operator and the operand the operator needs. */
export function FieldConditionEditor({ condition, onChange, path }: FieldConditionEditorProps) {
  const fieldErrors = useProblemsAt(`${path}.field`);
  const opErrors = useProblemsAt(`${path}.op`);
  const nodeErrors = useProblemsAt(path);

  return (
    <div className="condition-row">
      <SelectField
        label={labels.field}
        value={condition.field}
        options={fieldOptions}
        errors={fieldErrors}
        onChange={(field) => onChange(buildFieldCondition(field as LeadField, condition.op, condition))}
      />
      <SelectField
        label={labels.operator}
        value={condition.op}
        options={operatorOptions}
        errors={opErrors}
        onChange={(op) => onChange(buildFieldCondition(condition.field, op as ConditionOperator, condition))}
      />
      <ConditionOperand condition={condition} onChange={onChange} path={path} />
      <FieldErrors messages={nodeErrors} />
    </div>
  );
}

function ConditionOperand({ condition, onChange, path }: FieldConditionEditorProps) {
  const valueErrors = useProblemsAt(`${path}.value`);
  const valuesErrors = useProblemsAt(`${path}.values`);
  const valueFromErrors = useProblemsAt(`${path}.valueFrom`);
  const kind = fieldKind(condition.field);

  switch (condition.op) {
    case 'present':
    case 'absent':
    case 'validEmail':
      return null;
    case 'in':
    case 'notIn':
      return (
        <ValueListEditor
          kind={kind}
          values={condition.values}
          errors={valuesErrors}
          onChange={(values) => onChange({ ...condition, values })}
        />
      );
    case 'eq':
    case 'neq':
      return (
        <ScalarValueEditor
          kind={kind}
          value={condition.value}
          errors={valueErrors}
          onChange={(value) => onChange({ ...condition, value })}
        />
      );
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return (
        <>
          {THRESHOLD_OPERATORS.includes(condition.op) && (
            <SelectField
              label={labels.compareWith}
              value={'valueFrom' in condition ? condition.valueFrom : 'number'}
              options={[
                { value: 'number', label: labels.aNumber },
                { value: 'motionFitThreshold', label: labels.thresholds.motionFitThreshold },
                { value: 'motionIntentThreshold', label: labels.thresholds.motionIntentThreshold },
              ]}
              errors={valueFromErrors}
              onChange={(source) =>
                onChange(
                  source === 'number'
                    ? { field: condition.field, op: condition.op, value: 0 }
                    : { field: condition.field, op: condition.op as 'gte' | 'lt', valueFrom: source as ThresholdSource },
                )
              }
            />
          )}
          {'value' in condition && (
            <NumberField
              label={labels.value}
              value={condition.value}
              errors={valueErrors}
              onChange={(value) => onChange({ ...condition, value: value ?? 0 })}
            />
          )}
        </>
      );
  }
}

interface ScalarValueEditorProps {
  kind: ReturnType<typeof fieldKind>;
  value: ConditionValue;
  errors: string[];
  onChange: (value: ConditionValue) => void;
}

function ScalarValueEditor({ kind, value, errors, onChange }: ScalarValueEditorProps) {
  if (kind === 'number') {
    return (
      <NumberField
        label={labels.value}
        value={typeof value === 'number' ? value : null}
        errors={errors}
        onChange={(next) => onChange(next ?? 0)}
      />
    );
  }
  if (kind === 'boolean') {
    return (
      <SelectField
        label={labels.value}
        value={String(value === true)}
        options={booleanOptions}
        errors={errors}
        onChange={(next) => onChange(next === 'true')}
      />
    );
  }
  if (kind === 'motion') {
    return <SelectField label={labels.value} value={String(value)} options={motionOptions} errors={errors} onChange={onChange} />;
  }

  return <TextField label={labels.value} value={String(value)} errors={errors} onChange={onChange} />;
}
