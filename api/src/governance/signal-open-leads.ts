import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { describeErrorForLog } from '../errors/log-internal-errors';
import type { LeadLifecycleGateway } from '../lead/lead-lifecycle.gateway';
import { OPEN_LEAD_STAGES } from './governance-facts';

/** Signals in flight at once, so a publish with many open leads does not flood the Temporal frontend. */
export const SIGNAL_CONCURRENCY = 20;

export interface SignalCounts {
  openLeads: number;
  signalled: number;
  notRunning: number;
  failed: number;
}

/**
 * Sends `governancePublishedSignal` to the lifecycle of every open lead (LEAD, MQL, SAL, SQL), at most
 * `SIGNAL_CONCURRENCY` at a time, and logs one line with the counts. A lead without a running
 * lifecycle is counted, not treated as an error. A failed signal is counted and logged, not thrown,
 * because the version is already published when this runs.
 */
export async function signalOpenLeads(
  dataSource: DataSource,
  lifecycle: LeadLifecycleGateway,
  version: number,
  logger: Logger,
): Promise<SignalCounts> {
  const rows: { id: string }[] = await dataSource.query('SELECT id FROM leads WHERE stage = ANY($1::text[]) ORDER BY id', [
    OPEN_LEAD_STAGES,
  ]);
  const counts: SignalCounts = { openLeads: rows.length, signalled: 0, notRunning: 0, failed: 0 };
  let firstFailure: { leadId: string; error: unknown } | null = null;

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) {
      const leadId = rows[next++]?.id;
      if (leadId === undefined) {
        return;
      }

      try {
        const result = await lifecycle.signalGovernancePublished(leadId, version);
        counts[result === 'SIGNALLED' ? 'signalled' : 'notRunning'] += 1;
      } catch (error) {
        counts.failed += 1;
        firstFailure ??= { leadId, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SIGNAL_CONCURRENCY, rows.length) }, worker));

  if (firstFailure === null) {
    logger.info({ version, ...counts }, 'Signalled the open leads about the published governance version.');
  } else {
    const { leadId, error } = firstFailure;
    logger.error(
      { version, ...counts, leadId, err: describeErrorForLog(error) },
      'Some open leads could not be signalled about the published governance version; they stay on the version they had.',
    );
  }

  return counts;
}
