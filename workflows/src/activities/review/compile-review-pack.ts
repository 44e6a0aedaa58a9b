import { loadPublishedVersion } from '@accord/db';
import { previousMonth } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { REVIEW_PACK_VERSION, type GovernanceReviewPack } from '../../review/review-pack';
import { loadStuckLeads } from './load-stuck-leads';
import { compareMonthKpis, loadRejectionReasonsBySegment, loadSlaComplianceByTeam } from './review-kpis';
import { summarizeCalibration } from './summarize-calibration';

export interface CompileReviewPackInput {
  month: string;
  timeZone: string;
  calendarSource: string;
  now: Date;
}

/**
 * Compiles the review pack of `month`: KPIs against the month before, SLA compliance by team and top
 * rejection reasons by segment for the month, the leads stuck at `now`, and the calibration proposals
 * of every motion. It only reads.
 */
export async function compileReviewPack(dataSource: DataSource, input: CompileReviewPackInput): Promise<GovernanceReviewPack> {
  const published = await loadPublishedVersion(dataSource.manager);
  const before = previousMonth(input.month);

  const { kpis, pendingChanges } = await compareMonthKpis(dataSource, input.month, before, input.timeZone);
  const slaComplianceByTeam = await loadSlaComplianceByTeam(dataSource, input.month, input.timeZone);
  const rejectionReasonsBySegment = await loadRejectionReasonsBySegment(dataSource, published.model, input.month, input.timeZone);
  const stuck = await loadStuckLeads(dataSource, published.model, input.now);
  const calibration = await summarizeCalibration(dataSource, published.model, input.now);

  return {
    version: REVIEW_PACK_VERSION,
    month: input.month,
    previousMonth: before,
    timeZone: input.timeZone,
    calendarSource: input.calendarSource,
    compiledAt: input.now.toISOString(),
    kpiPendingChanges: pendingChanges,
    kpis,
    slaComplianceByTeam,
    rejectionReasonsBySegment,
    stuckLeads: { total: stuck.total, asOf: input.now.toISOString(), leads: stuck.leads },
    calibration,
  };
}
