import { MOTIONS, STAGES, type Motion, type Stage } from '@accord/portal-kit';
import { useId } from 'react';
import { strings } from '../strings';

export interface LeadFilterValues {
  search: string;
  stage: Stage | '';
  motion: Motion | '';
}

export interface LeadFiltersProps {
  values: LeadFilterValues;
  onChange: (values: LeadFilterValues) => void;
}

export function LeadFilters({ values, onChange }: LeadFiltersProps) {
  const labels = strings.leads;
  const searchHintId = useId();

  return (
    <div className="filters" role="search">
      <label className="field search-field">
        <span>{labels.searchLabel}</span>
        <input
          type="search"
          value={values.search}
          aria-describedby={searchHintId}
          onChange={(event) => onChange({ ...values, search: event.target.value })}
        />
        <span id={searchHintId} className="field-hint">
          {labels.searchHint}
        </span>
      </label>

      <label className="field">
        <span>{labels.stageFilter}</span>
        <select
          value={values.stage}
          onChange={(event) => onChange({ ...values, stage: event.target.value as Stage | '' })}
        >
          <option value="">{labels.anyValue}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {strings.stage[stage]}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span>{labels.motionFilter}</span>
        <select
          value={values.motion}
          onChange={(event) => onChange({ ...values, motion: event.target.value as Motion | '' })}
        >
          <option value="">{labels.anyValue}</option>
          {MOTIONS.map((motion) => (
            <option key={motion} value={motion}>
              {strings.motion[motion]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
