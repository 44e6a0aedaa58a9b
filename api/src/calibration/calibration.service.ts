import { AuditAction, NoPublishedVersionError, buildCalibrationReport, type PublishedCalibrationReport } from '@accord/db';
import { applyCalibrationChange, describeFitWeight, type CalibrationChange, type GovernanceModel, type Motion } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import type { GovernanceDraftService } from '../governance/governance-draft.service';
import type { GovernanceVersionRecord } from '../governance/governance.service';
import type { CalibrationChangeInput } from './calibration.types';

/** The input of `createDraft`: a proposal of the current report by id, or a change given in full. */
export type CalibrationDraftSource = { proposalId: string; days: number } | { change: CalibrationChangeInput };

/**
 * Builds calibration reports and turns their proposals into governance drafts. It never changes a
 * published version: a draft still goes through review, simulation and publishing by an admin.
 */
export class CalibrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly drafts: GovernanceDraftService,
    private readonly logger: Logger,
  ) {}

  async report(motion: Motion, days: number): Promise<PublishedCalibrationReport> {
    const started = performance.now();
    const report = await this.buildReport(motion, days);
    this.logger.info(
      {
        motion,
        days,
        governanceVersion: report.governanceVersion,
        leadCount: report.leadCount,
        decisionCount: report.decisionCount,
        proposalCount: report.proposals.length,
        elapsedMs: Math.round(performance.now() - started),
      },
      'Calibration report built.',
    );

    return report;
  }

  /** Creates a DRAFT from the published model with the proposal applied, and audits it as CALIBRATION_DRAFT_CREATED. */
  async createDraft(actor: Caller, motion: Motion, source: CalibrationDraftSource): Promise<GovernanceVersionRecord> {
    const { change, proposalId } = await this.resolveChange(motion, source);

    const draft = await this.drafts.create(actor, {
      apply: (published: GovernanceModel) => applyChangeOrReject(published, withCurrentPoints(published, change)),
      action: AuditAction.CalibrationDraftCreated,
      summarize: (version, basedOn) =>
        `Created governance draft ${version} from published version ${basedOn} with calibration ${proposalId === null ? 'change' : `proposal ${proposalId}`} for ${motion}.`,
      details: {
        motion,
        proposalId,
        fitThreshold: change.fitThreshold,
        intentThreshold: change.intentThreshold,
        fitWeights: change.fitWeights.map((weight) => ({ weight: weight.weight, points: weight.to })),
      },
    });
    this.logger.info({ userId: actor.id, version: draft.version, motion, proposalId }, 'Governance draft created from calibration.');

    return draft;
  }

  private async resolveChange(motion: Motion, source: CalibrationDraftSource): Promise<{ change: CalibrationChange; proposalId: string | null }> {
    if ('change' in source) {
      return {
        proposalId: null,
        change: {
          motion,
          fitThreshold: source.change.fitThreshold ?? null,
          intentThreshold: source.change.intentThreshold ?? null,
          // `from` is read from the published model when the draft is created (see withCurrentPoints).
          fitWeights: source.change.fitWeights.map((weight) => ({ weight: weight.weight, from: 0, to: weight.to })),
        },
      };
    }

    const report = await this.buildReport(motion, source.days);
    const proposal = report.proposals.find((candidate) => candidate.id === source.proposalId);
    if (proposal === undefined) {
      const known = report.proposals.map((candidate) => candidate.id);
      throw AccordError.badUserInput([
        {
          field: 'proposalId',
          value: source.proposalId,
          message:
            `proposalId "${source.proposalId}" is not a current proposal for ${motion} over ${source.days} days ` +
            `(current: ${known.length === 0 ? 'none' : known.join(', ')}); reload the calibration report, because new outcomes change the proposals.`,
        },
      ]);
    }

    return { change: proposal.change, proposalId: proposal.id };
  }

  private async buildReport(motion: Motion, days: number): Promise<PublishedCalibrationReport> {
    try {
      return await buildCalibrationReport(this.dataSource, motion, new Date(), { days });
    } catch (error) {
      if (error instanceof NoPublishedVersionError) {
        throw AccordError.conflict(error.message);
      }
      throw error;
    }
  }
}

/** Sets each weight change's `from` to the weight's points in the published model. */
function withCurrentPoints(published: GovernanceModel, change: CalibrationChange): CalibrationChange {
  const points = new Map(published.scoring.fitWeights.map((weight) => [describeFitWeight(weight), weight.points]));

  return { ...change, fitWeights: change.fitWeights.map((weight) => ({ ...weight, from: points.get(weight.weight) ?? weight.from })) };
}

function applyChangeOrReject(published: GovernanceModel, change: CalibrationChange): GovernanceModel {
  try {
    return applyCalibrationChange(published, change);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw AccordError.badUserInput([{ field: 'change', value: JSON.stringify(change), message }], message);
  }
}
