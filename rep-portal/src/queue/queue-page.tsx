import { ErrorDisplay, formatClockTime, useKitStrings, useNow } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { strings } from '../strings';
import { MY_QUEUE, type QueueLead } from './queue.operations';
import { QueueTable } from './queue-table';

/**
 * Refetch interval of the queue: polling every 15 s picks up new hand-offs and server-side SLA state
 * changes (warning, breach) without a reload. The countdowns tick locally every second.
 */
export const QUEUE_POLL_INTERVAL_MS = 15_000;

export function QueuePage() {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const { data, error, loading, networkStatus } = useQuery(MY_QUEUE, {
    pollInterval: QUEUE_POLL_INTERVAL_MS,
    notifyOnNetworkStatusChange: true,
  });
  const lastRefreshedAt = useLastRefreshedAt(networkStatus);

  const leads = useMemo(() => sortBySlaDueAt(data?.myQueue ?? []), [data]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.queue.heading}</h1>
          <p className="muted">{strings.queue.intro}</p>
        </div>
        {lastRefreshedAt !== null && (
          <p className="muted small">{strings.queue.lastRefreshed(formatClockTime(lastRefreshedAt))}</p>
        )}
      </div>

      <ErrorDisplay error={error} />

      {loading && data === undefined && <p className="muted">{kitStrings.loading}</p>}
      {data !== undefined && leads.length === 0 && (
        <p className="card empty">{strings.queue.empty}</p>
      )}
      {leads.length > 0 && <QueueTable leads={leads} now={now} />}
    </>
  );
}

/** Sort by SLA due time with undated leads last, so the list stays ordered after cache updates too. */
function sortBySlaDueAt(leads: readonly QueueLead[]): QueueLead[] {
  const dueTime = (lead: QueueLead) =>
    lead.slaDueAt === null ? Number.POSITIVE_INFINITY : Date.parse(lead.slaDueAt);

  return [...leads].sort((left, right) => dueTime(left) - dueTime(right));
}

/** Record when the last fetch or poll completed, including polls that return unchanged data. */
function useLastRefreshedAt(networkStatus: NetworkStatus): string | null {
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null);

  useEffect(() => {
    if (networkStatus === NetworkStatus.ready) setRefreshedAt(new Date().toISOString());
  }, [networkStatus]);

  return refreshedAt;
}
