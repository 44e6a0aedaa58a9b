import { ErrorDisplay, formatInstant, useKitStrings } from '@accord/portal-kit';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { strings } from '../strings';
import { USERS } from '../teams/teams.operations';
import { AuditFilters, EMPTY_AUDIT_FILTERS, type AuditFilterValues } from './audit-filters';
import { AUDIT_LOG, type AuditEntry } from './audit-log.operations';
import { toAuditFilter } from './to-audit-filter';
import { useExportAuditCsv } from './use-export-audit-csv';

const labels = strings.audit;
const PAGE_SIZE = 50;

/** Browse the administrative changes, newest first, filtered and paged, and export them as CSV. */
export function AuditPage() {
  const kitStrings = useKitStrings();
  const [values, setValues] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const filter = useMemo(() => toAuditFilter(values), [values]);
  const users = useQuery(USERS);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  const { exportCsv, exporting } = useExportAuditCsv();

  const connection = (data ?? previousData)?.auditLog;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const actors = users.data?.users ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportCsv(filter)}>
          {exporting ? labels.exporting : labels.exportCsv}
        </button>
      </div>

      <AuditFilters values={values} actors={actors} onChange={setValues} />
      <ErrorDisplay error={error} />
      {connection === undefined && error === undefined && <p className="muted">{kitStrings.loading}</p>}
      {connection !== undefined && entries.length === 0 && <p className="card empty">{labels.empty}</p>}
      {entries.length > 0 && <AuditTable entries={entries} />}

      {connection !== undefined && (
        <div className="pager">
          <p className="muted">{labels.shownCount(entries.length, connection.totalCount)}</p>
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button"
              disabled={loadingMore}
              onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
            >
              {loadingMore ? kitStrings.loading : labels.loadMore}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const columns = labels.columns;

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{labels.heading}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.occurredAt}</th>
            <th scope="col">{columns.action}</th>
            <th scope="col">{columns.actor}</th>
            <th scope="col">{columns.target}</th>
            <th scope="col">{columns.summary}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap small">{formatInstant(entry.occurredAt)}</td>
              <td>
                <span className="badge">{labels.actions[entry.action] ?? entry.action}</span>
              </td>
              <td>{entry.actor?.name ?? labels.unknownActor}</td>
              <td className="small">
                {labels.targetTypes[entry.targetType as keyof typeof labels.targetTypes] ?? entry.targetType}{' '}
                <span className="mono muted">{entry.targetId}</span>
              </td>
              <td>
                {entry.summary}
                {(entry.before !== null || entry.after !== null) && (
                  <details className="audit-details">
                    <summary>{labels.details}</summary>
                    <div className="audit-values">
                      <div>
                        <p className="eyebrow">{labels.before}</p>
                        <pre>{JSON.stringify(entry.before, null, 2)}</pre>
                      </div>
                      <div>
                        <p className="eyebrow">{labels.after}</p>
                        <pre>{JSON.stringify(entry.after, null, 2)}</pre>
                      </div>
                    </div>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
