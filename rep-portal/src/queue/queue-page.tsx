import { ErrorDisplay, formatClockTime, navigate, OPEN_QUEUE_STAGES, useKeyboardShortcuts, useKitStrings, useNow } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { readLeadFilters, withLeadFilters } from '../filters/lead-filter-params';
import { useViewerTimeZone } from '../format/use-viewer-time-zone';
import { LeadFilters, type LeadFilterValues } from '../filters/lead-filters';
import { leadPath, QUEUE_PATH } from '../routing/app-paths';
import { strings } from '../strings';
import { filterQueue } from './filter-queue';
import { QueueSelectionStatus } from './queue-selection-status';
import { MY_QUEUE, type QueueLead } from './queue.operations';
import { QueueTable } from './queue-table';
import { useQueueSelection } from './use-queue-selection';

/**
 * Refetch interval of the queue and the notifications: polling every 15 s picks up new hand-offs,
 * server-side SLA state changes (warning, breach) and notifications without a reload. The countdowns
 * tick locally every second.
 */
export const QUEUE_POLL_INTERVAL_MS = 15_000;

export function QueuePage() {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const timeZone = useViewerTimeZone();
  const [filters, setFilters] = useState<LeadFilterValues>(() => readLeadFilters(window.location.search));
  const { data, error, loading, networkStatus } = useQuery(MY_QUEUE, {
    pollInterval: QUEUE_POLL_INTERVAL_MS,
    notifyOnNetworkStatusChange: true,
  });
  const lastRefreshedAt = useLastRefreshedAt(networkStatus);

  const allLeads = data?.myQueue;
  const leads = useMemo(() => filterQueue(sortBySlaDueAt(allLeads ?? []), filters), [allLeads, filters]);
  const selection = useQueueSelection(leads);
  const returnPath = withLeadFilters(QUEUE_PATH, filters);

  useKeyboardShortcuts({
    j: () => selection.move(1),
    ArrowDown: () => selection.move(1),
    k: () => selection.move(-1),
    ArrowUp: () => selection.move(-1),
    Enter: () => {
      if (selection.selected !== null) navigate(leadPath(selection.selected.id, returnPath));
    },
  });

  const changeFilters = (next: LeadFilterValues) => {
    setFilters(next);
    window.history.replaceState(window.history.state, '', withLeadFilters(QUEUE_PATH, next));
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.queue.heading}</h1>
          <p className="muted">{strings.queue.intro}</p>
        </div>
        {lastRefreshedAt !== null && (
          <p className="muted small">{strings.queue.lastRefreshed(formatClockTime(lastRefreshedAt, timeZone))}</p>
        )}
      </div>

      <LeadFilters values={filters} stages={OPEN_QUEUE_STAGES} onChange={changeFilters} />
      <ErrorDisplay error={error} />

      {loading && data === undefined && <p className="muted">{kitStrings.loading}</p>}
      {allLeads !== undefined && allLeads.length === 0 && <p className="card empty">{strings.queue.empty}</p>}
      {allLeads !== undefined && allLeads.length > 0 && leads.length === 0 && (
        <p className="card empty">{strings.queue.noMatch}</p>
      )}

      {leads.length > 0 && (
        <>
          <p className="muted small keyboard-hint">{strings.queue.keyboardHint}</p>
          <QueueTable
            leads={leads}
            now={now}
            returnPath={returnPath}
            selectedId={selection.selected?.id ?? null}
            onSelect={selection.select}
          />
          <QueueSelectionStatus lead={selection.selected} position={selection.selectedIndex + 1} total={leads.length} />
        </>
      )}
      {allLeads !== undefined && leads.length < allLeads.length && (
        <p className="muted small">{strings.queue.shownCount(leads.length, allLeads.length)}</p>
      )}
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
