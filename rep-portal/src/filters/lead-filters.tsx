import { SLA_STATES, STAGES, type SlaState, type Stage } from '@accord/portal-kit';
import { strings } from '../strings';

export interface TeamFilterValues {
  stage: Stage | '';
  slaState: SlaState | '';
}

export interface TeamFiltersProps {
  values: TeamFilterValues;
  onChange: (values: TeamFilterValues) => void;
}

export function TeamFilters({ values, onChange }: TeamFiltersProps) {
  return (
    <div className="filters">
      <label className="field">
        <span>{strings.team.stageFilter}</span>
        <select
          value={values.stage}
          onChange={(event) => onChange({ ...values, stage: event.target.value as Stage | '' })}
        >
          <option value="">{strings.team.anyValue}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {strings.stage[stage]}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span>{strings.team.slaStateFilter}</span>
        <select
          value={values.slaState}
          onChange={(event) => onChange({ ...values, slaState: event.target.value as SlaState | '' })}
        >
          <option value="">{strings.team.anyValue}</option>
          {SLA_STATES.map((state) => (
            <option key={state} value={state}>
              {strings.slaState[state]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
