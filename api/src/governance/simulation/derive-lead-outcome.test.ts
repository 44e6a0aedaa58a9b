import { Stage } from '@accord/governance';

import { deriveLeadOutcome } from './derive-lead-outcome';

const ACCEPTED_AT = new Date('2026-03-02T10:00:00Z');

describe('deriveLeadOutcome', () => {
  it.each([
    [Stage.Lead, null, 'OPEN'],
    [Stage.Mql, null, 'OPEN'],
    [Stage.Mql, ACCEPTED_AT, 'ACCEPTED'],
    [Stage.Sal, null, 'ACCEPTED'],
    [Stage.Sql, null, 'ACCEPTED'],
    [Stage.Opportunity, null, 'WON'],
    [Stage.Opportunity, ACCEPTED_AT, 'WON'],
    [Stage.Rejected, null, 'REJECTED'],
    [Stage.Disqualified, null, 'DISQUALIFIED'],
    [Stage.Disqualified, ACCEPTED_AT, 'ACCEPTED'],
    [Stage.Recycled, null, 'RECYCLED'],
    [Stage.Won, ACCEPTED_AT, 'WON'],
    [Stage.Lost, ACCEPTED_AT, 'ACCEPTED'],
  ])('maps %s with acceptance %p to %s', (stage, acceptedAt, outcome) => {
    expect(deriveLeadOutcome(stage, acceptedAt)).toBe(outcome);
  });
});
