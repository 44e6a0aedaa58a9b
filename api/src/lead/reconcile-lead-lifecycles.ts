import { LeadEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import type { Logger } from 'pino';
import { In, MoreThan, type DataSource } from 'typeorm';

import { describeErrorForLog } from '../errors/log-internal-errors';
import type { LeadLifecycleGateway } from './lead-lifecycle.gateway';

/** Stages of a lead whose lifecycle workflow must be running. */
export const OPEN_STAGES: readonly Stage[] = [Stage.Lead, Stage.Mql, Stage.Sal, Stage.Sql];

/** Lifecycle starts in flight at once. */
export const RECONCILE_CONCURRENCY = 20;

/** Leads read per query while paging through the open leads. */
const PAGE_SIZE = 1000;

export interface ReconcileCounts {
  /** Open leads found. */
  checked: number;
  /** Start calls that succeeded. A lifecycle that was already running counts too, because the start of the Temporal client (SDK 1.24) does not report which it was. */
  started: number;
  failed: number;
}

/**
 * Starts the lifecycle of every open lead (LEAD, MQL, SAL, SQL), `RECONCILE_CONCURRENCY` at a time.
 * A crash between storing a lead and starting its lifecycle, such as an import that the API's stop
 * interrupted, leaves an open lead without a workflow. The gateway's start uses the conflict policy
 * USE_EXISTING, so a running lifecycle is left untouched. Logs one line with the counts at the end.
 * An aborted `signal` ends the run after the starts in flight.
 */
export async function reconcileLeadLifecycles(
  dataSource: DataSource,
  lifecycle: LeadLifecycleGateway,
  logger: Logger,
  signal?: AbortSignal,
): Promise<ReconcileCounts> {
  const counts: ReconcileCounts = { checked: 0, started: 0, failed: 0 };
  const failures: { leadId: string; error: unknown }[] = [];
  let afterId: string | null = null;

  while (signal?.aborted !== true) {
    const leads = await dataSource.getRepository(LeadEntity).find({
      select: { id: true },
      where: { stage: In([...OPEN_STAGES]), ...(afterId === null ? {} : { id: MoreThan(afterId) }) },
      order: { id: 'ASC' },
      take: PAGE_SIZE,
    });
    const lastLead = leads[leads.length - 1];
    if (lastLead === undefined) {
      break;
    }

    afterId = lastLead.id;
    counts.checked += leads.length;

    await forEachConcurrently(
      leads.map((lead) => lead.id),
      RECONCILE_CONCURRENCY,
      async (leadId) => {
        try {
          await lifecycle.start(leadId);
          counts.started++;
        } catch (error) {
          counts.failed++;
          if (failures.length === 0) {
            failures.push({ leadId, error });
          }
        }
      },
      signal,
    );
  }

  const [firstFailure] = failures;
  if (firstFailure === undefined) {
    logger.info({ ...counts, aborted: signal?.aborted === true }, 'Lead lifecycles reconciled.');
  } else {
    logger.warn(
      { ...counts, aborted: signal?.aborted === true, leadId: firstFailure.leadId, err: describeErrorForLog(firstFailure.error) },
      'Lead lifecycles reconciled, but some failed to start; the error of the first is attached.',
    );
  }

  return counts;
}

/** Runs `action` on every item, at most `concurrency` at once, and stops taking new items once `signal` aborts. */
async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  action: (item: T) => Promise<void>,
  signal: AbortSignal | undefined,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (signal?.aborted !== true) {
      const item = items[next];
      next++;
      if (item === undefined) {
        return;
      }

      await action(item);
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
