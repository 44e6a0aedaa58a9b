import { useToasts } from '@accord/portal-kit';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { strings } from '../strings';
import { AUDIT_LOG_CSV, type AuditFilter } from './audit-log.operations';

/** Fetch the filtered audit log as CSV with `auditLogCsv` and hand it to the browser as a download. */
export function useExportAuditCsv() {
  const client = useApolloClient();
  const toasts = useToasts();
  const [exporting, setExporting] = useState(false);

  const exportCsv = async (filter: AuditFilter): Promise<void> => {
    setExporting(true);
    try {
      const result = await client.query({ query: AUDIT_LOG_CSV, variables: { filter }, fetchPolicy: 'no-cache' });
      const csv = result.data?.auditLogCsv ?? '';
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `accord-audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      // The download reads the blob after the click returns, so the URL is released a little later.
      window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
      toasts.success(strings.audit.exported);
    } catch (error) {
      toasts.error(error, { title: strings.audit.exportFailed });
    } finally {
      setExporting(false);
    }
  };

  return { exportCsv, exporting };
}
