import { calibrateMotion, type CalibrationOptions, type CalibrationReport, type Motion } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { loadPublishedVersion } from '../governance/publish-version';
import { loadCalibrationLeads } from './load-calibration-leads';

/** Days of arrivals a calibration report looks back over unless the caller sets `days`. */
export const DEFAULT_CALIBRATION_DAYS = 180;
const MAX_CALIBRATION_DAYS = 3660;
const DAY_MS = 86_400_000;

export interface CalibrationReportOptions {
  /** Days before `now` whose arrivals are calibrated on; defaults to 180. */
  days?: number;
  calibration?: CalibrationOptions;
}

/** A calibration report with the published version and the period it was computed on. */
export interface PublishedCalibrationReport extends CalibrationReport {
  governanceVersion: number;
  periodStart: Date;
  periodEnd: Date;
}

/**
 * Builds the calibration report of one motion against the published governance version. It reads
 * the leads of the motion that arrived in the `days` before `now` with their outcomes. The report
 * contains the fitted acceptance and conversion models with their held-out quality, the score-band
 * tables, and proposals for new MQL thresholds and fit weights with their predicted effect (see
 * `calibrateMotion`). It only reads, so a proposal becomes a governance draft only on request. Throws NoPublishedVersionError
 * when no version is published, and a RangeError when `days` is not a whole number from 1 to 3660.
 */
export async function buildCalibrationReport(
  dataSource: DataSource,
  motion: Motion,
  now: Date,
  options: CalibrationReportOptions = {},
): Promise<PublishedCalibrationReport> {
  const days = options.days ?? DEFAULT_CALIBRATION_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_CALIBRATION_DAYS) {
    throw new RangeError(`days ${days} is out of range; set whole days from 1 to ${MAX_CALIBRATION_DAYS}, such as ${DEFAULT_CALIBRATION_DAYS}`);
  }

  const published = await loadPublishedVersion(dataSource.manager);

  const periodEnd = now;
  const periodStart = new Date(now.getTime() - days * DAY_MS);
  const leads = await loadCalibrationLeads(dataSource, motion, periodStart, periodEnd);
  const report = calibrateMotion({
    motion,
    model: published.model,
    leads,
    periodLabel: `the ${days} days to ${periodEnd.toISOString().slice(0, 10)}`,
    options: options.calibration,
  });

  return { ...report, governanceVersion: published.version, periodStart, periodEnd };
}
