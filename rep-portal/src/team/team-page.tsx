import { ErrorDisplay, Link, useKitStrings, useNow } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { BreachBadges } from '../lead/breach-badges';
import { SlaCountdown } from '../lead/sla-countdown';
import { SlaStateBadge } from '../lead/sla-state-badge';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import { readTeamFilters, teamPath } from './team-filter-params';
import { TeamFilters, type TeamFilterValues } from './team-filters';
import { TEAM_LEADS, type TeamLead, type TeamLeadsVariables } from './team.operations';

const PAGE_SIZE = 20;

/**
 * Show a manager the team's leads from the `leads` connection, filtered and paged with "Load more".
 * The filters live in the query string, so a lead opened from here links back to the same view.
 */
export function TeamPage() {
  const kitStrings = useKitStrings();
  const now = useNow(1000);
  const [filters, setFilters] = useState<TeamFilterValues>(() => readTeamFilters(window.location.search));
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(TEAM_LEADS, {
    variables: { first: PAGE_SIZE, filter: toLeadFilter(filters) },
    // A return from a lead page shows the cached rows at once and then the leads' current stages.
    // NOTE: relayStylePagination replaces the list with that first page, so "Load more" pages are dropped.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  const changeFilters = (next: TeamFilterValues) => {
    setFilters(next);
    window.history.replaceState(window.history.state, '', teamPath(next));
  };

  // While a changed filter loads, the previous rows stay on screen instead of a blank table.
  const connection = (data ?? previousData)?.leads;
  const leads = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } });

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{strings.team.heading}</h1>
          <p className="muted">{strings.team.intro}</p>
        </div>
      </div>

      <TeamFilters values={filters} onChange={changeFilters} />
      <ErrorDisplay error={error} />
      {connection === undefined && error === undefined && <p className="muted">{kitStrings.loading}</p>}

      {connection !== undefined && leads.length === 0 && <p className="card empty">{strings.team.empty}</p>}
      {leads.length > 0 && <TeamTable leads={leads} now={now} returnPath={teamPath(filters)} />}

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

function TeamTable({ leads, now, returnPath }: { leads: TeamLead[]; now: number; returnPath: string }) {
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function toLeadFilter(values: TeamFilterValues): TeamLeadsVariables['filter'] {
  return {
    ...(values.stage === '' ? {} : { stage: [values.stage] }),
    ...(values.slaState === '' ? {} : { slaState: [values.slaState] }),
  };
}
