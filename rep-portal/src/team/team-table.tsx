import { EXIT_STAGES, Link } from '@accord/portal-kit';
import { BreachBadges } from '../lead/breach-badges';
import { SlaCountdown } from '../lead/sla-countdown';
import { SlaStateBadge } from '../lead/sla-state-badge';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import type { ReassignTarget } from './reassign-dialog';
import type { TeamLead } from './team.operations';

export interface TeamTableProps {
  leads: TeamLead[];
  now: number;
  returnPath: string;
  onReassign: (lead: ReassignTarget) => void;
}

export function TeamTable({ leads, now, returnPath, onReassign }: TeamTableProps) {
  const columns = strings.columns;

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{strings.team.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.lead}</th>
            <th scope="col">{columns.company}</th>
            <th scope="col">{columns.owner}</th>
            <th scope="col">{columns.stage}</th>
            <th scope="col">{columns.motion}</th>
            <th scope="col">{columns.slaState}</th>
            <th scope="col">{columns.countdown}</th>
            <th scope="col">{columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td>
                <Link to={leadPath(lead.id, returnPath)} className="lead-link">
                  {lead.fullName}
                </Link>
              </td>
              <td>{lead.company ?? strings.notSet}</td>
              <td>{lead.owner?.name ?? strings.notSet}</td>
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
              {/* The API reassigns open leads only. */}
              <td>{!EXIT_STAGES.includes(lead.stage) && <ReassignButton lead={lead} onReassign={onReassign} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Open the reassign dialog for one row; its accessible name includes the lead's name. */
export function ReassignButton({ lead, onReassign }: { lead: ReassignTarget; onReassign: (lead: ReassignTarget) => void }) {
  return (
    <button
      type="button"
      className="button small-button"
      aria-label={strings.reassign.openFor(lead.fullName)}
      onClick={() => onReassign({ id: lead.id, fullName: lead.fullName, owner: lead.owner })}
    >
      {strings.reassign.open}
    </button>
  );
}
