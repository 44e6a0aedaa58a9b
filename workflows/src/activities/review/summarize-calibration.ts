import { buildCalibrationReport } from '@accord/db';
import type { GovernanceModel } from '@accord/governance';
import type { DataSource } from 'typeorm';

import type { MotionCalibration } from '../../review/review-pack';

/**
 * Builds the calibration report of every motion of the published model (default look-back, up to
 * `now`) and keeps what a review needs: the counts, the refusal and each proposal with its effect.
 * A motion whose report fails is listed with the error, so one motion cannot block the pack.
 */
export async function summarizeCalibration(dataSource: DataSource, model: GovernanceModel, now: Date): Promise<MotionCalibration[]> {
  const summaries: MotionCalibration[] = [];
  for (const definition of model.motions) {
    try {
      const report = await buildCalibrationReport(dataSource, definition.motion, now);
      summaries.push({
        motion: report.motion,
        governanceVersion: report.governanceVersion,
        leadCount: report.leadCount,
        decisionCount: report.decisionCount,
        refusal: report.refusal,
        proposals: report.proposals.map((proposal) => ({
          id: proposal.id,
          kind: proposal.kind,
          fitThreshold: proposal.change.fitThreshold,
          intentThreshold: proposal.change.intentThreshold,
          fitWeights: proposal.change.fitWeights.map((weight) => ({ ...weight })),
          currentMqlCount: proposal.current.mqlCount,
          proposedMqlCount: proposal.proposed.mqlCount,
          currentAcceptanceRate: proposal.current.predictedAcceptanceRate,
          proposedAcceptanceRate: proposal.proposed.predictedAcceptanceRate,
          explanation: [...proposal.explanation],
        })),
        error: null,
      });
    } catch (error) {
      summaries.push({
        motion: definition.motion,
        governanceVersion: 0,
        leadCount: 0,
        decisionCount: 0,
        refusal: null,
        proposals: [],
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return summaries;
}
