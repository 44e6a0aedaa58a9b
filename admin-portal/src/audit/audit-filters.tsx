import { strings } from '../strings';
import type { UserRow } from '../teams/teams.operations';
import { AUDIT_ACTIONS, type AuditAction } from './audit-log.operations';

const labels = strings.audit.filters;

export const AUDIT_TARGET_TYPES = ['GOVERNANCE_VERSION', 'GOVERNANCE_REVIEW', 'TEAM', 'USER', 'LEAD', 'IMPORT_JOB', 'SESSION', 'API_KEY'] as const;

export interface AuditFilterValues {
  action: AuditAction | '';
  actorId: string;
  targetType: string;
  /** Local dates, `YYYY-MM-DD`. Both days are included. */
  fromDate: string;
  toDate: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { action: '', actorId: '', targetType: '', fromDate: '', toDate: '' };

export interface AuditFiltersProps {
  values: AuditFilterValues;
  actors: readonly UserRow[];
  onChange: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, actors, onChange }: AuditFiltersProps) {
  const set = <Key extends keyof AuditFilterValues>(key: Key, value: AuditFilterValues[Key]) => onChange({ ...values, [key]: value });

  return (
    <div className="filters" role="search" aria-label={labels.label}>
      <label className="field">
        <span>{labels.action}</span>
        <select value={values.action} onChange={(event) => set('action', event.target.value as AuditAction | '')}>
          <option value="">{labels.any}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {strings.audit.actions[action]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{labels.actor}</span>
        <select value={values.actorId} onChange={(event) => set('actorId', event.target.value)}>
          <option value="">{labels.any}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{labels.targetType}</span>
        <select value={values.targetType} onChange={(event) => set('targetType', event.target.value)}>
          <option value="">{labels.any}</option>
          {AUDIT_TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {strings.audit.targetTypes[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{labels.from}</span>
        <input type="date" value={values.fromDate} onChange={(event) => set('fromDate', event.target.value)} />
      </label>
      <label className="field">
        <span>{labels.to}</span>
        <input type="date" value={values.toDate} onChange={(event) => set('toDate', event.target.value)} />
      </label>
    </div>
  );
}
