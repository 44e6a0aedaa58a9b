import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { refreshKpiFacts } from './refresh-kpi-facts';

export interface KpiRefreshLoop {
  /** Stops the timer and waits for a refresh in progress. */
  stop(): Promise<void>;
}

/**
 * Refreshes the KPI facts every `intervalMs` until stopped, so the bounded refresh before each
 * dashboard query rarely finds work. It runs in the API process rather than as a Temporal activity
 * because the API serves the dashboards and already has a connection pool, and a timer needs no
 * workflow. Several API processes are safe, because a refresh that finds the advisory lock taken
 * does nothing.
 */
export function startKpiRefreshLoop(dataSource: DataSource, options: { intervalMs: number; logger: Logger }): KpiRefreshLoop {
  let running: Promise<void> | null = null;

  const tick = (): void => {
    if (running !== null) {
      return;
    }

    running = refreshKpiFacts(dataSource, { allowRebuild: true })
      .then((result) => {
        if (result.leadsRefreshed > 0) {
          options.logger.info(
            { leadsRefreshed: result.leadsRefreshed, pendingChanges: result.pendingChanges, rebuilt: result.rebuilt },
            'KPI facts refreshed',
          );
        }
      })
      .catch((error: unknown) => {
        options.logger.error({ err: error }, 'KPI facts refresh failed; retrying at the next interval');
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();

  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
