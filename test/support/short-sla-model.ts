import type { DataSource } from 'typeorm';
import { ALWAYS_OPEN_CALENDAR, EscalationAction, Stage, type EscalationStep, type GovernanceModel } from '@accord/governance';
import { TeamEntity } from '@accord/db';

export const DEFAULT_LADDER: EscalationStep[] = [
  { action: EscalationAction.NotifyManager, delaySeconds: 0 },
  { action: EscalationAction.ReassignToPool, delaySeconds: 0 },
  { action: EscalationAction.NotifyManager, delaySeconds: 0 },
  { action: EscalationAction.ReassignToManager, delaySeconds: 0 },
];

/** The default model with a second-scale acceptance SLA on an always-open calendar, for timer tests. */
export function withAcceptanceSlaSeconds(seconds: number, escalation: EscalationStep[] = DEFAULT_LADDER) {
  return (model: GovernanceModel): GovernanceModel => ({
    ...model,
    calendars: { ...model.calendars, 'always-open': ALWAYS_OPEN_CALENDAR },
    stages: model.stages.map((stage) =>
      stage.stage === Stage.Sal
        ? { ...stage, sla: { default: { targetSeconds: seconds, warnPercent: 50, calendarKey: 'always-open', escalation } } }
        : stage,
    ),
  });
}

/** Puts every team on the always-open calendar, so second-scale SLAs run at any hour of the test. */
export async function openAllTeamCalendars(dataSource: DataSource): Promise<void> {
  await dataSource.manager.createQueryBuilder().update(TeamEntity).set({ calendar: ALWAYS_OPEN_CALENDAR }).execute();
}
