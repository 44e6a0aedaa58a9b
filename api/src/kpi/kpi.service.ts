import { computeKpiTable, formatKpiCsv, KpiFilterError, type KpiFilter, type KpiReport, type KpiReportRows } from '@accord/db';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import { scopeKpiFilter } from './scope-kpi-filter';

export interface KpiTableResult<R extends KpiReport> {
  rows: KpiReportRows<R>;
  pendingChanges: number;
  computedAt: Date;
}

/** Reads KPI tables for a caller: scopes the filter to what the caller may see, then queries db/src/kpi. */
export class KpiService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  async table<R extends KpiReport>(caller: Caller, report: R, filter: KpiFilter): Promise<KpiTableResult<R>> {
    const scoped = scopeKpiFilter(caller, filter);
    const startedAt = performance.now();

    try {
      const { rows, freshness } = await computeKpiTable(this.dataSource, report, scoped);
      this.logger.debug({ userId: caller.id, report, rows: rows.length, durationMs: Math.round(performance.now() - startedAt) }, 'KPI table computed');

      return { rows, pendingChanges: freshness.pendingChanges, computedAt: freshness.computedAt };
    } catch (error) {
      if (error instanceof KpiFilterError) {
        throw AccordError.badUserInput(error.problems.map((problem) => ({ ...problem, field: `filter.${problem.field}` })));
      }

      throw error;
    }
  }

  /** Formats the rows `table` returns as CSV. */
  async csv(caller: Caller, report: KpiReport, filter: KpiFilter): Promise<string> {
    const { rows } = await this.table(caller, report, filter);

    return formatKpiCsv(report, rows);
  }
}
