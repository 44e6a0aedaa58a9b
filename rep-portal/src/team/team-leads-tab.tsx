import { ErrorDisplay, STAGES, useKitStrings, useNow } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { readLeadFilters, toLeadFilter, withLeadFilters } from '../filters/lead-filter-params';
import { LeadFilters, type LeadFilterValues } from '../filters/lead-filters';
import { strings } from '../strings';
import type { ReassignTarget } from './reassign-dialog';
import { TeamTable } from './team-table';
import { TEAM_LEADS } from './team.operations';

const PAGE_SIZE = 20;

export interface TeamLeadsTabProps {
  onReassign: (lead: ReassignTarget) => void;
}

/**
 * Show a manager the team's leads from the `leads` connection, filtered and paged with "Load more".
 * The filters live in the query string, so a lead opened from here links back to the same view.
 */
export function TeamLeadsTab({ onReassign }: TeamLeadsTabProps) {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const [filters, setFilters] = useState<LeadFilterValues>(() => readLeadFilters(window.location.search));
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(TEAM_LEADS, {
    variables: { first: PAGE_SIZE, filter: toLeadFilter(filters) },
    // A return from a lead page shows the cached rows at once and then the leads' current stages.
    // NOTE: relayStylePagination replaces the list with that first page, so "Load more" pages are dropped.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const returnPath = withLeadFilters(window.location.pathname + window.location.search, filters);

  const changeFilters = (next: LeadFilterValues) => {
    setFilters(next);
    window.history.replaceState(window.history.state, '', withLeadFilters(window.location.pathname + window.location.search, next));
  };

  // While a changed filter loads, the previous rows stay on screen instead of a blank table.
  const connection = (data ?? previousData)?.leads;
  const leads = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } });

  return (
    <>
      <LeadFilters values={filters} stages={STAGES} onChange={changeFilters} />
      <ErrorDisplay error={error} />
      {connection === undefined && error === undefined && <p className="muted">{kitStrings.loading}</p>}

      {connection !== undefined && leads.length === 0 && <p className="card empty">{strings.team.empty}</p>}
      {leads.length > 0 && <TeamTable leads={leads} now={now} returnPath={returnPath} onReassign={onReassign} />}

      {connection !== undefined && (
        <div className="pager">
          <p className="muted">{strings.team.shownCount(leads.length, connection.totalCount)}</p>
          {connection.pageInfo.hasNextPage && (
            <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? strings.team.loadingMore : strings.team.loadMore}
            </button>
          )}
        </div>
      )}
    </>
  );
}
