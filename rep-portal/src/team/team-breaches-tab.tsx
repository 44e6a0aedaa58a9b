import { ErrorDisplay, Link, useKitStrings, useNow } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { formatPreciseInstant } from '../format/format-precise-instant';
import { useViewerTimeZone } from '../format/use-viewer-time-zone';
import { BreachBadges } from '../lead/breach-badges';
import { SlaCountdown } from '../lead/sla-countdown';
import { SlaStateBadge } from '../lead/sla-state-badge';
import { QUEUE_POLL_INTERVAL_MS } from '../queue/queue-page';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import type { ReassignTarget } from './reassign-dialog';
import { ReassignButton } from './team-table';
import { TEAM_BREACHES, type BreachedLead } from './team-work.operations';

export interface TeamBreachesTabProps {
  returnPath: string;
  onReassign: (lead: ReassignTarget) => void;
}

/**
 * List the team's open leads whose SLA is breached or that were escalated, newest breach first, as
 * `teamBreaches` orders them. The list polls like the queue, so a new breach appears without a reload.
 */
export function TeamBreachesTab({ returnPath, onReassign }: TeamBreachesTabProps) {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const timeZone = useViewerTimeZone();
  const { data, error, loading } = useQuery(TEAM_BREACHES, {
    pollInterval: QUEUE_POLL_INTERVAL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const leads = data?.teamBreaches;
  const columns = strings.columns;

  return (
    <>
      <ErrorDisplay error={error} />
      {loading && leads === undefined && <p className="muted">{kitStrings.loading}</p>}
      {leads !== undefined && leads.length === 0 && <p className="card empty">{strings.breachesTab.empty}</p>}

      {leads !== undefined && leads.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{strings.breachesTab.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.lead}</th>
                <th scope="col">{columns.owner}</th>
                <th scope="col">{columns.stage}</th>
                <th scope="col">{columns.slaState}</th>
                <th scope="col">{columns.breachedAt}</th>
                <th scope="col">{columns.countdown}</th>
                <th scope="col">{columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => {
                const breachedAt = latestBreach(lead);

                return (
                  <tr key={lead.id}>
                    <td>
                      <Link to={leadPath(lead.id, returnPath)} className="lead-link">
                        {lead.fullName}
                      </Link>
                      <div className="muted small">{lead.company ?? strings.notSet}</div>
                    </td>
                    <td>{lead.owner?.name ?? strings.notSet}</td>
                    <td>
                      <span className="badge">{strings.stage[lead.stage]}</span>
                    </td>
                    <td>
                      <span className="sla-cell">
                        <SlaStateBadge state={lead.slaState} />
                        <BreachBadges events={lead.slaEvents} slaState={lead.slaState} />
                      </span>
                    </td>
                    <td className="instant">{breachedAt === null ? strings.notSet : formatPreciseInstant(breachedAt, timeZone)}</td>
                    <td>
                      <SlaCountdown dueAt={lead.slaDueAt} now={now} />
                    </td>
                    <td>
                      <ReassignButton lead={lead} onReassign={onReassign} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function latestBreach(lead: BreachedLead): string | null {
  const breaches = lead.slaEvents.filter((event) => event.kind === 'BREACHED').map((event) => event.occurredAt);

  return breaches.length === 0 ? null : breaches.reduce((latest, at) => (Date.parse(at) > Date.parse(latest) ? at : latest));
}
