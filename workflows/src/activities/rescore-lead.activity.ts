import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { findSubmittedBehaviourScore, joinScoreBreakdown, scoreFit, scoreLeadEngagement } from '@accord/governance';
import { EngagementEventEntity, LeadEntity, leadEntityToAttributes, loadVersion } from '@accord/db';
import type { RescoreLeadInput, RescoreLeadResult } from './activity-types';

function laterOf(first: string, second: Date | undefined): string {
  return second !== undefined && second.getTime() > Date.parse(first) ? second.toISOString() : first;
}

/**
 * Scores a lead's fit and behaviour again under one governance version and stores `fit_score`,
 * `behaviour_score` and `score_breakdown`. Behaviour decays up to the latest stored event of the lead
 * (at least `input.occurredAt`), not to the wall clock, so a retry or a late delivery of an older
 * event computes the same score. The write is an overwrite from stored data, so retries are harmless.
 */
export async function rescoreLeadWith(dataSource: DataSource, input: RescoreLeadInput): Promise<RescoreLeadResult> {
  return dataSource.transaction(async (manager) => {
    const lead = await manager.findOne(LeadEntity, { where: { id: input.leadId }, lock: { mode: 'pessimistic_write' } });
    if (lead === null) {
      throw ApplicationFailure.nonRetryable(`lead ${input.leadId} does not exist`, 'LeadNotFound');
    }
    const governance = await loadVersion(manager, input.governanceVersion);
    if (governance === null) {
      throw ApplicationFailure.nonRetryable(`governance version ${input.governanceVersion} does not exist`, 'GovernanceVersionNotFound');
    }

    const events = await manager.find(EngagementEventEntity, { where: { leadId: lead.id }, order: { occurredAt: 'ASC' } });
    const scoredAt = laterOf(input.occurredAt, events[events.length - 1]?.occurredAt);
    const scoring = governance.model.scoring;

    const fit = scoreFit(leadEntityToAttributes(lead), scoring);
    const behaviour = scoreLeadEngagement({
      events: events.map((item) => ({ event: item.event, occurredAt: item.occurredAt.toISOString() })),
      scoring,
      submittedScore: findSubmittedBehaviourScore(lead.scoreBreakdown, lead.behaviourScore),
      arrivedAt: lead.arrivedAt.toISOString(),
      now: scoredAt,
    });

    await manager.update(
      LeadEntity,
      { id: lead.id },
      { fitScore: fit.score, behaviourScore: behaviour.score, scoreBreakdown: joinScoreBreakdown(fit.breakdown, behaviour.breakdown) },
    );

    return { fitScore: fit.score, behaviourScore: behaviour.score, scoredAt, eventCount: events.length };
  });
}

