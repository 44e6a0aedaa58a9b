import { ErrorDisplay, Link, useKitStrings, useNow } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QUEUE_POLL_INTERVAL_MS } from '../queue/queue-page';
import { isTeamPath, readReturnPath } from '../routing/app-paths';
import { strings } from '../strings';
import { LeadDetails } from './lead-details';
import { LeadWorkspace } from './lead-workspace';
import { LEAD } from './lead.operations';
import { ResponseTimes } from './response-times';
import { RoutingTracePanel } from './routing-trace-panel';
import { ScoreBreakdownPanel } from './score-breakdown-panel';
import { SlaCountdown } from './sla-countdown';
import { SlaStateBadge } from './sla-state-badge';
import { LeadTimeline } from './timeline/lead-timeline';

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
  const sections = strings.lead.sections;

  return (
    <>
      <p>
        <Link to={returnPath}>
          ← {isTeamPath(returnPath) ? strings.lead.backToTeam : strings.lead.backToQueue}{' '}
          <kbd className="shortcut-key" aria-hidden="true">
            Esc
          </kbd>
        </Link>
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
                {lead.slaState !== 'PAUSED' && <SlaCountdown dueAt={lead.slaDueAt} now={now} />}
              </div>
            </div>
          </header>

          <LeadWorkspace lead={lead} returnPath={returnPath} />
          <LeadDetails lead={lead} />

          <section className="section" aria-labelledby="score-heading">
            <h2 id="score-heading">{strings.score.heading}</h2>
            <ScoreBreakdownPanel lead={lead} />
          </section>

          <div className="detail-grid section">
            <section aria-labelledby="routing-heading">
              <h2 id="routing-heading">{sections.routing}</h2>
              <RoutingTracePanel trace={lead.routingTrace} pool={lead.routingPool} />
            </section>
            <section aria-labelledby="response-heading">
              <h2 id="response-heading">{sections.responseTimes}</h2>
              <ResponseTimes lead={lead} />
            </section>
          </div>

          <section className="section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{sections.timeline}</h2>
            <LeadTimeline lead={lead} />
          </section>
        </article>
      )}
    </>
  );
}
