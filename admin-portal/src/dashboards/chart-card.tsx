import { ErrorDisplay, formatInstant } from '@accord/portal-kit';
import { useId, useState, type ReactNode } from 'react';
import { dashboardStrings as labels } from './dashboard-strings';
import type { KpiFilter, KpiReport } from './kpi.operations';
import { kpiCsvFileName, useExportKpiCsv } from './use-export-kpi-csv';

/** The numbers behind a chart: column headings with units and one row of formatted cells per line. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface ChartCardProps {
  title: string;
  /** Short file-name form of the title, for the CSV download. */
  slug: string;
  /** The API table the CSV export downloads, and the filter it is computed with. */
  report: KpiReport;
  filter: KpiFilter;
  loading: boolean;
  error: unknown;
  /** When the server computed the figures; shown in the viewer's time zone. */
  computedAt: string | null;
  /** Changes not yet in the figures, from the API. */
  pendingChanges: number;
  /** One or two sentences that state the main figures, shown above the chart. */
  summary: string;
  table: ChartTable;
  /** Controls that only change this chart, such as its split. */
  controls?: ReactNode;
  /** Draws the chart; called only when the table has rows. */
  renderChart: (labelledBy: string) => ReactNode;
}

/**
 * Frame one dashboard chart: its title, controls, loading, empty and error states, a text summary,
 * the chart, a table of the same numbers behind a toggle, and the CSV export of the API table.
 */
export function ChartCard(props: ChartCardProps) {
  const { title, slug, report, filter, loading, error, computedAt, pendingChanges, summary, table, controls, renderChart } = props;
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const { exportCsv, exporting } = useExportKpiCsv();
  const hasRows = table.rows.length > 0;

  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId}>{title}</h2>
        <div className="button-row">
          {controls}
          <button
            type="button"
            className="button"
            disabled={exporting || loading}
            onClick={() => void exportCsv(report, filter, kpiCsvFileName(slug, filter))}
          >
            {exporting ? labels.exporting : labels.exportCsv}
          </button>
        </div>
      </div>

      <ErrorDisplay error={error} fieldLabels={labels.filterFieldLabels} />
      {loading && error === undefined && <p className="muted">{labels.loading}</p>}
      {!loading && error === undefined && !hasRows && <p className="empty">{labels.empty}</p>}

      {!loading && error === undefined && hasRows && (
        <>
          <p id={summaryId}>{summary}</p>
          {renderChart(`${titleId} ${summaryId}`)}
          <button
            type="button"
            className="button quiet"
            aria-expanded={tableShown}
            aria-controls={tableId}
            onClick={() => setTableShown(!tableShown)}
          >
            {tableShown ? labels.hideTable : labels.showTable}
          </button>
          <div id={tableId} className="table-wrap" hidden={!tableShown}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.join('\u0000')}>
                    {row.map((cell, index) =>
                      index === 0 ? (
                        <th key={index} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={index}>{cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {computedAt !== null && (
        <p className="muted small">
          {labels.computedAt(formatInstant(computedAt))}
          {pendingChanges > 0 && ` ${labels.pendingChanges(pendingChanges)}`} {labels.csvNote}
        </p>
      )}
    </section>
  );
}
