import { formatInstant } from '@accord/portal-kit';
import { strings } from '../strings';
import type { LeadRow } from './leads.operations';

const toneBySlaState = { NONE: '', ON_TRACK: 'ok', WARNING: 'warn', BREACHED: 'bad', MET: 'accent' } as const;

export function LeadsTable({ leads }: { leads: LeadRow[] }) {
  const columns = strings.leads.columns;

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{strings.leads.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.lead}</th>
            <th scope="col">{columns.company}</th>
            <th scope="col">{columns.stage}</th>
            <th scope="col">{columns.motion}</th>
            <th scope="col">{columns.owner}</th>
            <th scope="col">{columns.slaState}</th>
            <th scope="col">{columns.arrivedAt}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td>
                <strong>{lead.fullName}</strong>
                <div className="muted small">{lead.email}</div>
              </td>
              <td>{lead.company ?? strings.notSet}</td>
              <td>
                <span className="badge">{strings.stage[lead.stage]}</span>
              </td>
              <td>{strings.motion[lead.motion]}</td>
              <td>{lead.owner?.name ?? strings.notSet}</td>
              <td>
                <span className={`badge ${toneBySlaState[lead.slaState]}`}>{strings.slaState[lead.slaState]}</span>
              </td>
              <td className="nowrap">{formatInstant(lead.arrivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
