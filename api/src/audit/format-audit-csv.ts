import { formatCsv } from '../import/format-csv';
import type { AuditEntry } from './audit-entry.types';

export const AUDIT_CSV_COLUMNS = [
  'occurredAt',
  'action',
  'actorId',
  'actorName',
  'targetType',
  'targetId',
  'summary',
  'before',
  'after',
] as const;

/**
 * Writes audit entries as RFC 4180 CSV: a header row, then one line per entry. `before` and `after`
 * are JSON text, and a missing actor or value is an empty field.
 */
export function formatAuditCsv(entries: readonly AuditEntry[], actorNames: ReadonlyMap<string, string>): string {
  const lines = entries.map((entry) => [
    entry.occurredAt.toISOString(),
    entry.action,
    entry.actorId ?? '',
    entry.actorId === null ? '' : (actorNames.get(entry.actorId) ?? ''),
    entry.targetType,
    entry.targetId,
    entry.summary,
    entry.before === null ? '' : JSON.stringify(entry.before),
    entry.after === null ? '' : JSON.stringify(entry.after),
  ]);

  return formatCsv([[...AUDIT_CSV_COLUMNS], ...lines]);
}
