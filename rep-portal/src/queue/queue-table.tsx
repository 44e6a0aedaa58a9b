import { Link } from '@accord/portal-kit';
import { BreachBadges } from '../lead/breach-badges';
import { SlaCountdown } from '../lead/sla-countdown';
import { SlaStateBadge } from '../lead/sla-state-badge';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import type { QueueLead } from './queue.operations';

export interface QueueTableProps {
  leads: QueueLead[];
  now: number;
}

export function QueueTable({ leads, now }: QueueTableProps) {
  const columns = strings.columns;

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{strings.queue.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.lead}</th>
            <th scope="col">{columns.company}</th>
            <th scope="col">{columns.stage}</th>
            <th scope="col">{columns.motion}</th>
            <th scope="col">{columns.slaState}</th>
            <th scope="col">{columns.countdown}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td>
                <Link to={leadPath(lead.id)} className="lead-link">
                  {lead.fullName}
                </Link>
                <div className="muted small">{lead.email}</div>
              </td>
              <td>{lead.company ?? strings.notSet}</td>
              <td>
                <span className="badge">{strings.stage[lead.stage]}</span>
              </td>
              <td>{strings.motion[lead.motion]}</td>
              <td>
                <span className="sla-cell">
                  <SlaStateBadge state={lead.slaState} />
                  <BreachBadges events={lead.slaEvents} slaState={lead.slaState} />
                </span>
              </td>
              <td>
                <SlaCountdown dueAt={lead.slaDueAt} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
