import { MOTIONS, type Motion } from '@accord/portal-kit';
import { strings } from '../strings';
import { SIZE_BANDS, type DashboardFilterValues } from './dashboard-filters';
import { dashboardStrings } from './dashboard-strings';
import type { DashboardOptionsData } from './kpi.operations';

const labels = dashboardStrings.filters;

export interface DashboardFiltersFormProps {
  values: DashboardFilterValues;
  options: DashboardOptionsData | undefined;
  /** Managers see only their own team, so the team filter is hidden for them. */
  showTeamFilter: boolean;
  onChange: (values: DashboardFilterValues) => void;
  onReset: () => void;
}

/** Filters that apply to every chart. Text lists take effect when the field loses focus or on Enter. */
export function DashboardFiltersForm({ values, options, showTeamFilter, onChange, onReset }: DashboardFiltersFormProps) {
  const set = <Key extends keyof DashboardFilterValues>(key: Key, value: DashboardFilterValues[Key]) =>
    onChange({ ...values, [key]: value });
  const reps = (options?.users ?? []).filter((user) => user.role === 'REP');

  const listField = (key: 'sources' | 'industries' | 'regions') => (
    <label className="field">
      <span>{labels[key]}</span>
      <input
        // Re-create the input when the URL value changes, so it shows the value in force.
        key={values[key]}
        type="text"
        defaultValue={values[key]}
        placeholder={labels.listHint}
        onBlur={(event) => set(key, event.target.value.trim())}
        onKeyDown={(event) => {
          if (event.key === 'Enter') set(key, event.currentTarget.value.trim());
        }}
      />
    </label>
  );

  return (
    <div className="filters dashboard-filters" role="search" aria-label={labels.label}>
      <label className="field">
        <span>{labels.fromMonth}</span>
        <input
          type="month"
          required
          value={values.fromMonth}
          onChange={(event) => event.target.value !== '' && set('fromMonth', event.target.value)}
        />
      </label>
      <label className="field">
        <span>{labels.toMonth}</span>
        <input
          type="month"
          required
          value={values.toMonth}
          onChange={(event) => event.target.value !== '' && set('toMonth', event.target.value)}
        />
      </label>
      <label className="field">
        <span>{labels.motion}</span>
        <select value={values.motion} onChange={(event) => set('motion', event.target.value as Motion | '')}>
          <option value="">{labels.any}</option>
          {MOTIONS.map((motion) => (
            <option key={motion} value={motion}>
              {strings.motion[motion]}
            </option>
          ))}
        </select>
      </label>
      {listField('sources')}
      {listField('industries')}
      <label className="field">
        <span>{labels.sizeBand}</span>
        <select value={values.sizeBand} onChange={(event) => set('sizeBand', event.target.value)}>
          <option value="">{labels.any}</option>
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {labels.sizeBands[band]}
            </option>
          ))}
        </select>
      </label>
      {listField('regions')}
      {showTeamFilter && (
        <label className="field">
          <span>{labels.team}</span>
          <select value={values.teamId} onChange={(event) => set('teamId', event.target.value)}>
            <option value="">{labels.any}</option>
            {(options?.teams ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{labels.rep}</span>
        <select value={values.ownerId} onChange={(event) => set('ownerId', event.target.value)}>
          <option value="">{labels.any}</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button quiet" onClick={onReset}>
        {labels.reset}
      </button>
    </div>
  );
}
