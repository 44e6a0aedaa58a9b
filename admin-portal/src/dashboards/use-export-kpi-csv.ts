import { useToasts } from '@accord/portal-kit';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { KPI_CSV, type KpiFilter, type KpiReport } from './kpi.operations';
import { dashboardStrings as labels } from './dashboard-strings';

/** Name a chart's CSV file after the chart and the period, such as `accord-funnel-2026-01-to-2026-06.csv`. */
export function kpiCsvFileName(chartSlug: string, filter: KpiFilter): string {
  return `accord-${chartSlug}-${filter.fromMonth}-to-${filter.toMonth}.csv`;
}

/** Fetch one KPI table as CSV with `kpiCsv` and hand it to the browser as a download. */
export function useExportKpiCsv() {
  const client = useApolloClient();
  const toasts = useToasts();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async (report: KpiReport, filter: KpiFilter, fileName: string): Promise<void> => {
    setExporting(true);
    try {
      const result = await client.query({ query: KPI_CSV, variables: { report, filter }, fetchPolicy: 'no-cache' });
      const csv = result.data?.kpiCsv ?? '';
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The download reads the blob after the click returns, so the URL is released a little later.
      window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
      toasts.success(labels.exported(fileName));
    } catch (error) {
      toasts.error(error, { title: labels.exportFailed });
    } finally {
      setExporting(false);
    }
  };

  return { exportCsv, exporting };
}
