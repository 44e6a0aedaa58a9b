import type { SlaPolicy } from '@accord/governance';
import { DurationField } from '../../common/duration-field';
import { NumberField, SelectField } from '../../common/fields';
import { strings } from '../../strings';
import { useDraftEditor, useProblemsAt } from '../draft-editor-context';
import { EscalationLadder } from './escalation-ladder';

const labels = strings.slaEditor;

export interface SlaPolicyFormProps {
  policy: SlaPolicy;
  onChange: (policy: SlaPolicy) => void;
  /** Model path of the policy, such as `stages[2].sla.INBOUND`. */
  path: string;
}

/** Edit one SLA policy: target in business time, calendar, warning point and escalation ladder. */
export function SlaPolicyForm({ policy, onChange, path }: SlaPolicyFormProps) {
  const { model } = useDraftEditor();
  const targetErrors = useProblemsAt(`${path}.targetSeconds`);
  const calendarErrors = useProblemsAt(`${path}.calendarKey`);
  const warnErrors = useProblemsAt(`${path}.warnPercent`);
  const calendarOptions = Object.keys(model.calendars).map((key) => ({ value: key, label: key }));
  // A key that names no calendar stays selectable, so the problem beside the field shows what is stored.
  if (!(policy.calendarKey in model.calendars)) calendarOptions.push({ value: policy.calendarKey, label: policy.calendarKey });

  return (
    <div className="sla-policy">
      <div className="form-grid">
        <DurationField
          label={labels.target}
          seconds={policy.targetSeconds}
          errors={targetErrors}
          onChange={(targetSeconds) => onChange({ ...policy, targetSeconds })}
        />
        <SelectField
          label={labels.calendar}
          hint={labels.calendarHint}
          value={policy.calendarKey}
          options={calendarOptions}
          errors={calendarErrors}
          onChange={(calendarKey) => onChange({ ...policy, calendarKey })}
        />
        <NumberField
          label={labels.warnPercent}
          hint={labels.warnPercentHint}
          integer
          min={1}
          max={99}
          value={policy.warnPercent}
          errors={warnErrors}
          onChange={(warnPercent) => onChange({ ...policy, warnPercent: warnPercent ?? 0 })}
        />
      </div>
      <EscalationLadder
        steps={policy.escalation}
        path={`${path}.escalation`}
        onChange={(escalation) => onChange({ ...policy, escalation })}
      />
    </div>
  );
}
