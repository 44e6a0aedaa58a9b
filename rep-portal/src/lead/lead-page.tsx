import { ErrorDisplay, Link, useKitStrings, useNow } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QUEUE_POLL_INTERVAL_MS } from '../queue/queue-page';
import { isTeamPath, readReturnPath } from '../routing/app-paths';
import { strings } from '../strings';
import { HistoryTimeline } from './history-timeline';
import { LeadActionPanel } from './lead-action-panel';
import { LeadDetails } from './lead-details';
import { LEAD } from './lead.operations';
import { SlaCountdown } from './sla-countdown';
import { SlaEventsTable } from './sla-events-table';
import { SlaStateBadge } from './sla-state-badge';

export function LeadPage({ leadId }: { leadId: string }) {
  const kitStrings = useKitStrings();
  const [returnPath] = useState(() => readReturnPath(window.location.search));
  const now = useNow(1000);
  // The API responds to an action before the lead's workflow arms the next stage's SLA clock. Warnings
  // and breaches also happen on the server, so the page polls like the queue to show the current clock.
  const { data, error, loading } = useQuery(LEAD, {
    variables: { id: leadId },
    pollInterval: QUEUE_POLL_INTERVAL_MS,
  });
  const lead = data?.lead ?? null;

  return (
    <>
      <p>
        <Link to={returnPath}>← {isTeamPath(returnPath) ? strings.lead.backToTeam : strings.lead.backToQueue}</Link>
      </p>

      <ErrorDisplay error={error} />
      {loading && lead === null && <p className="muted">{kitStrings.loading}</p>}

      {lead !== null && (
        <article aria-labelledby="lead-heading">
          <header className="page-header lead-header">
            <div>
              <p className="eyebrow">{lead.company ?? strings.notSet}</p>
              <h1 id="lead-heading">{lead.fullName}</h1>
              <div className="lead-status">
                <span className="badge">{strings.stage[lead.stage]}</span>
                <SlaStateBadge state={lead.slaState} />
                <SlaCountdown dueAt={lead.slaDueAt} now={now} />
              </div>
            </div>
          </header>

          <LeadActionPanel lead={lead} returnPath={returnPath} />
          <LeadDetails lead={lead} />

          <section className="section" aria-labelledby="history-heading">
            <h2 id="history-heading">{strings.lead.sections.history}</h2>
            <HistoryTimeline history={lead.history} />
          </section>

          <section className="section" aria-labelledby="sla-events-heading">
            <h2 id="sla-events-heading">{strings.lead.sections.slaEvents}</h2>
            <SlaEventsTable events={lead.slaEvents} />
          </section>
        </article>
      )}
    </>
  );
}
