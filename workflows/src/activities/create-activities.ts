import type { DataSource } from 'typeorm';
import { createLogger } from '@accord/db';
import { Context } from '@temporalio/activity';
import type {
  ArmUnownedSlaInput,
  AssignLeadInput,
  AssignLeadResult,
  LifecycleContext,
  RecordSlaEventInput,
  RecordTransitionInput,
  RescoreLeadInput,
  RescoreLeadResult,
  RunningSla,
} from './activity-types';
import { armUnownedSlaWith } from './arm-unowned-sla.activity';
import { assignLeadWith } from './assign-lead.activity';
import { loadLifecycleContextWith } from './load-lifecycle-context.activity';
import { recordSlaEventWith } from './record-sla-event.activity';
import { recordTransitionWith, type RecordTransitionResult } from './record-transition.activity';
import { rescoreLeadWith } from './rescore-lead.activity';

const logger = createLogger('lead-activities');

function attemptOf(): number {
  return Context.current().info.attempt;
}

/** The lifecycle's activities, bound to a data source. Each logs one line per attempt with the lead id. */
export function createActivities(deps: { dataSource: DataSource }) {
  const { dataSource } = deps;

  return {
    async loadLifecycleContext(leadId: string, governanceVersion: number | null): Promise<LifecycleContext> {
      return loadLifecycleContextWith(dataSource, leadId, governanceVersion);
    },

    async recordTransition(input: RecordTransitionInput): Promise<RecordTransitionResult> {
      const result = await recordTransitionWith(dataSource, input);
      logger.info(
        { leadId: input.leadId, from: input.fromStage, to: input.toStage, written: result.written, attempt: attemptOf() },
        'Stage transition recorded.',
      );

      return result;
    },

    async assignLead(input: AssignLeadInput): Promise<AssignLeadResult> {
      const result = await assignLeadWith(dataSource, input);
      logger.info(
        {
          leadId: input.leadId,
          mode: input.mode,
          ownerId: result.sla?.ownerId ?? null,
          dueAt: result.sla?.dueAt ?? null,
          attempt: attemptOf(),
        },
        'Lead assigned.',
      );

      return result;
    },

    async armUnownedSla(input: ArmUnownedSlaInput): Promise<RunningSla | null> {
      const sla = await armUnownedSlaWith(dataSource, input);
      logger.info({ leadId: input.leadId, stage: input.slaStage, dueAt: sla?.dueAt ?? null, attempt: attemptOf() }, 'Unowned SLA armed.');

      return sla;
    },

    async recordSlaEvent(input: RecordSlaEventInput): Promise<{ written: boolean }> {
      const result = await recordSlaEventWith(dataSource, input);
      logger.info({ leadId: input.leadId, kind: input.kind, written: result.written, attempt: attemptOf() }, 'SLA event recorded.');

      return result;
    },

    async rescoreLead(input: RescoreLeadInput): Promise<RescoreLeadResult> {
      const result = await rescoreLeadWith(dataSource, input);
      logger.info(
        {
          leadId: input.leadId,
          governanceVersion: input.governanceVersion,
          fitScore: result.fitScore,
          behaviourScore: result.behaviourScore,
          eventCount: result.eventCount,
          attempt: attemptOf(),
        },
        'Lead rescored.',
      );

      return result;
    },
  };
}

export type LeadActivities = ReturnType<typeof createActivities>;
