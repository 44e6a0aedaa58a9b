import { ErrorDisplay, Link, useKitStrings, useNow } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { strings } from '../strings';
import { HistoryTimeline } from './history-timeline';
import { LeadDecision } from './lead-decision';
import { LeadDetails } from './lead-details';
import { LEAD } from './lead.operations';
import { SlaCountdown } from './sla-countdown';
import { SlaEventsTable } from './sla-events-table';
import { SlaStateBadge } from './sla-state-badge';

export function LeadPage({ leadId }: { leadId: string }) {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const { data, error, loading } = useQuery(LEAD, { variables: { id: leadId } });
  const lead = data?.lead ?? null;

  return (
    <>
      <p>
        <Link to="/">← {strings.lead.backToQueue}</Link>
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

          <LeadDecision lead={lead} />
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
