import { ErrorDisplay, useDebouncedValue, useKitStrings } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { strings } from '../strings';
import { LeadFilters, type LeadFilterValues } from './lead-filters';
import { LEADS, type LeadsVariables } from './leads.operations';
import { LeadsTable } from './leads-table';

const PAGE_SIZE = 25;
const SEARCH_DEBOUNCE_MS = 300;

/** The `search` query parameter, so other pages (such as the monthly review) can link to a search. */
function searchFromLocation(): string {
  return new URLSearchParams(window.location.search).get('search') ?? '';
}

/** Search and filter all leads visible to the caller, paged with "Load more" over the `leads` connection. */
export function LeadsPage() {
  const kitStrings = useKitStrings();
  const [filters, setFilters] = useState<LeadFilterValues>(() => ({ search: searchFromLocation(), stage: '', motion: '' }));
  const search = useDebouncedValue(filters.search.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(LEADS, {
    variables: { first: PAGE_SIZE, filter: toLeadFilter({ ...filters, search }) },
    notifyOnNetworkStatusChange: true,
  });

  // While a changed filter loads, the previous rows stay on screen instead of a blank table.
  const connection = (data ?? previousData)?.leads;
  const leads = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } });

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.leads.heading}</h1>
          <p className="muted">{strings.leads.intro}</p>
        </div>
      </div>

      <LeadFilters values={filters} onChange={setFilters} />
      <ErrorDisplay error={error} />
      {connection === undefined && error === undefined && <p className="muted">{kitStrings.loading}</p>}

      {connection !== undefined && leads.length === 0 && <p className="card empty">{strings.leads.empty}</p>}
      {leads.length > 0 && <LeadsTable leads={leads} />}

      {connection !== undefined && (
        <div className="pager">
          <p className="muted">{strings.leads.shownCount(leads.length, connection.totalCount)}</p>
          {connection.pageInfo.hasNextPage && (
            <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? strings.leads.loadingMore : strings.leads.loadMore}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function toLeadFilter(values: LeadFilterValues): LeadsVariables['filter'] {
  return {
    ...(values.search === '' ? {} : { search: values.search }),
    ...(values.stage === '' ? {} : { stage: [values.stage] }),
    ...(values.motion === '' ? {} : { motion: [values.motion] }),
  };
}
