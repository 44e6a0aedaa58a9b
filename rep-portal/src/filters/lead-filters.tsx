import { LEAD_SLA_STATES, MOTIONS, type LeadSlaState, type Motion, type Stage } from '@accord/portal-kit';
import { strings } from '../strings';

export interface LeadFilterValues {
  stage: Stage | '';
  motion: Motion | '';
  slaState: LeadSlaState | '';
}

export const NO_LEAD_FILTERS: LeadFilterValues = { stage: '', motion: '', slaState: '' };

export interface LeadFiltersProps {
  values: LeadFilterValues;
  /** The stages the list can contain, such as the open queue stages for "My queue". */
  stages: readonly Stage[];
  onChange: (values: LeadFilterValues) => void;
}

/** Filter a lead list by stage, motion and SLA state. An empty value means any. */
export function LeadFilters({ values, stages, onChange }: LeadFiltersProps) {
  const labels = strings.filters;

  return (
    <div className="filters">
      <FilterSelect
        label={labels.stage}
        value={values.stage}
        options={stages.map((stage) => [stage, strings.stage[stage]])}
        onChange={(stage) => onChange({ ...values, stage: stage as Stage | '' })}
      />
      <FilterSelect
        label={labels.motion}
        value={values.motion}
        options={MOTIONS.map((motion) => [motion, strings.motion[motion]])}
        onChange={(motion) => onChange({ ...values, motion: motion as Motion | '' })}
      />
      <FilterSelect
        label={labels.slaState}
        value={values.slaState}
        options={LEAD_SLA_STATES.map((state) => [state, strings.slaState[state]])}
        onChange={(slaState) => onChange({ ...values, slaState: slaState as LeadSlaState | '' })}
      />
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  value: string;
  /** Pairs of value and label. */
  options: (readonly [string, string])[];
  onChange: (value: string) => void;
}

function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{strings.filters.anyValue}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
