import { strings } from '../strings';

export interface ComparisonRow {
  key: string;
  label: string;
  baseline: number;
  draft: number;
}

export interface ComparisonTableProps {
  caption: string;
  rows: readonly ComparisonRow[];
  /** Formats a count for display, such as "12 h" for SLA hours. */
  format?: (value: number) => string;
  empty: string;
}

const labels = strings.simulation.table;

/**
 * Compare baseline and draft numbers per row as a table with paired bars. The bars share one
 * scale, the largest number in the table, so rows can be compared with each other.
 */
export function ComparisonTable({ caption, rows, format = String, empty }: ComparisonTableProps) {
  const scale = Math.max(1, ...rows.flatMap((row) => [row.baseline, row.draft]));

  return (
    <div className="table-wrap">
      <table className="comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.bars}</th>
            <th scope="col" className="numeric">
              {labels.baseline}
            </th>
            <th scope="col" className="numeric">
              {labels.draft}
            </th>
            <th scope="col" className="numeric">
              {labels.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const change = row.draft - row.baseline;

            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="bars-cell" aria-hidden="true">
                  <div className="bar baseline" style={{ width: `${(row.baseline / scale) * 100}%` }} />
                  <div className="bar draft" style={{ width: `${(row.draft / scale) * 100}%` }} />
                </td>
                <td className="numeric">{format(row.baseline)}</td>
                <td className="numeric">{format(row.draft)}</td>
                <td className={`numeric ${change > 0 ? 'change-up' : change < 0 ? 'change-down' : ''}`}>
                  {change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${format(Math.abs(change))}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
