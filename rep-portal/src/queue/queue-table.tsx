import { Link } from '@accord/portal-kit';
import { useEffect, useId } from 'react';
import { BreachBadges } from '../lead/breach-badges';
import { SlaCountdown } from '../lead/sla-countdown';
import { SlaStateBadge } from '../lead/sla-state-badge';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import type { QueueLead } from './queue.operations';

export interface QueueTableProps {
  leads: QueueLead[];
  now: number;
  /** The list a lead page links back to, with the queue's filters. */
  returnPath: string;
  selectedId: string | null;
  onSelect: (leadId: string) => void;
}

/**
 * Show the queue as a grid with one selected row. The grid is focusable and names the selected row with
 * `aria-activedescendant`, so screen readers follow the selection that the j and k keys move.
 */
export function QueueTable({ leads, now, returnPath, selectedId, onSelect }: QueueTableProps) {
  const columns = strings.columns;
  const rowIdPrefix = useId();
  const rowId = (leadId: string) => `${rowIdPrefix}-lead-${leadId}`;

  useEffect(() => {
    if (selectedId === null) return;

    document.getElementById(`${rowIdPrefix}-lead-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [rowIdPrefix, selectedId]);

  return (
    <div className="table-wrap">
      <table
        role="grid"
        tabIndex={0}
        className="queue-grid"
        aria-label={strings.queue.caption}
        aria-activedescendant={selectedId === null ? undefined : rowId(selectedId)}
      >
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
          {leads.map((lead) => {
            const selected = lead.id === selectedId;

            return (
              <tr
                key={lead.id}
                id={rowId(lead.id)}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                onClick={() => onSelect(lead.id)}
              >
                <td>
                  <Link to={leadPath(lead.id, returnPath)} className="lead-link">
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
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
