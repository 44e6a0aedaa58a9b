import { Role } from '@accord/governance';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import { GovernanceVersion } from '../governance/governance.types';
import { toGovernanceVersion } from '../governance/to-governance-types';
import { CalibrationReport, CalibrationReportArgs, CreateDraftFromCalibrationArgs } from './calibration.types';

/** Roles that may read calibration reports and turn proposals into drafts. Publishing stays with admins. */
const CALIBRATION_ROLES = [Role.Admin, Role.MarketingOps];

@Resolver()
export class CalibrationResolver {
  @Authorized(...CALIBRATION_ROLES)
  @Query(() => CalibrationReport, {
    description:
      'Fits acceptance and conversion models for one motion on the leads of the last days, with held-out quality, score-band tables and proposed MQL thresholds and fit weights. Read-only.',
  })
  calibrationReport(@Ctx() context: RequestContext, @Args(() => CalibrationReportArgs) args: CalibrationReportArgs): Promise<CalibrationReport> {
    return context.services.calibration.report(args.motion, args.days);
  }

  @Authorized(...CALIBRATION_ROLES)
  @Mutation(() => GovernanceVersion, {
    description:
      'Creates a DRAFT from the published model with a calibration proposal applied, for review, simulation and publishing. Give proposalId (recomputed now; BAD_USER_INPUT when it is no longer proposed) or change.',
  })
  async createDraftFromCalibration(
    @Ctx() context: RequestContext,
    @Args(() => CreateDraftFromCalibrationArgs) args: CreateDraftFromCalibrationArgs,
  ): Promise<GovernanceVersion> {
    const caller = requireCaller(context);
    const proposalId = args.proposalId ?? null;
    const change = args.change ?? null;
    if ((proposalId === null) === (change === null)) {
      throw AccordError.badUserInput([
        {
          field: 'proposalId',
          value: proposalId,
          message: 'Give exactly one of proposalId (from calibrationReport) and change (the proposal’s content).',
        },
      ]);
    }

    const source = proposalId === null ? { change: change as NonNullable<typeof change> } : { proposalId, days: args.days };

    return toGovernanceVersion(await context.services.calibration.createDraft(caller, args.motion, source));
  }
}
