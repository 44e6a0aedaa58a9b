import type { BusinessCalendar, GovernanceModel, Motion, SlaPolicy, Stage } from './model';

/** Returns the SLA policy of a stage for a motion: the motion's own policy, else the stage's default, else null. */
export function selectSlaPolicy(model: GovernanceModel, stage: Stage, motion: Motion): SlaPolicy | null {
  const definition = model.stages.find((candidate) => candidate.stage === stage);
  if (definition === undefined) {
    return null;
  }

  return definition.sla[motion] ?? definition.sla.default ?? null;
}

/**
 * Returns the calendar an SLA runs on: the owner's own calendar, else their team's, else the one the
 * policy names. Returns null when the policy names a calendar the model does not define.
 */
export function selectSlaCalendar(
  model: GovernanceModel,
  policy: SlaPolicy,
  ownerCalendar: BusinessCalendar | null,
  teamCalendar: BusinessCalendar | null,
): BusinessCalendar | null {
  return ownerCalendar ?? teamCalendar ?? model.calendars[policy.calendarKey] ?? null;
}

/**
 * Returns the stage whose SLA runs while a lead sits in `stage`. A new lead works against the Lead
 * stage's enrichment target before anyone owns it, and an assigned MQL against the SAL acceptance
 * target (speed to lead). An SQL works against its own disposition window, and an opportunity against
 * its weekly pipeline review. Other stages run no SLA clock in the lifecycle.
 */
export function slaStageWhileIn(stage: Stage): Stage | null {
  if (stage === 'LEAD') {
    return 'LEAD' as Stage;
  }
  if (stage === 'MQL') {
    return 'SAL' as Stage;
  }
  if (stage === 'SQL') {
    return 'SQL' as Stage;
  }
  if (stage === 'OPPORTUNITY') {
    return 'OPPORTUNITY' as Stage;
  }

  return null;
}
