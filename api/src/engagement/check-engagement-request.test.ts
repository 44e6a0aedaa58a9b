import { defaultScoring } from '@accord/governance';

import { checkEngagementRequest, IDEMPOTENCY_KEY_MAX_LENGTH, OCCURRED_AT_SKEW_MS } from './check-engagement-request';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const valid = { leadId: 'lead-1', event: 'demo_request', occurredAt: new Date('2026-12-01T11:00:00.000Z'), idempotencyKey: 'crm-1' };

describe('checkEngagementRequest', () => {
  it('accepts a weighted event in the past', () => {
    expect(checkEngagementRequest(valid, defaultScoring(), NOW)).toEqual([]);
  });

  it('accepts an event within the clock skew', () => {
    const occurredAt = new Date(NOW.getTime() + OCCURRED_AT_SKEW_MS);

    expect(checkEngagementRequest({ ...valid, occurredAt }, defaultScoring(), NOW)).toEqual([]);
  });

  it.each<[string, Partial<typeof valid>, string]>([
    ['an unknown event', { event: 'page_view' }, 'event'],
    ['an event in the future', { occurredAt: new Date(NOW.getTime() + OCCURRED_AT_SKEW_MS + 1) }, 'occurredAt'],
    ['an invalid date', { occurredAt: new Date('not a date') }, 'occurredAt'],
    ['an event before 2000', { occurredAt: new Date('0001-01-01T00:00:00Z') }, 'occurredAt'],
    ['an empty key', { idempotencyKey: ' ' }, 'idempotencyKey'],
    ['a long key', { idempotencyKey: 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1) }, 'idempotencyKey'],
    ['a key with a control character', { idempotencyKey: 'crm\n1' }, 'idempotencyKey'],
  ])('rejects %s', (_case, change, field) => {
    const problems = checkEngagementRequest({ ...valid, ...change }, defaultScoring(), NOW);

    expect(problems.map((problem) => problem.field)).toEqual([field]);
  });

  it('lists the known events', () => {
    const [problem] = checkEngagementRequest({ ...valid, event: 'page_view' }, defaultScoring(), NOW);

    expect(problem?.message).toBe(
      'event "page_view" is not a known engagement event; send one of: demo_request, pricing_page_view, webinar_attended, email_click, unsubscribe',
    );
  });

  it('says when no event is weighted', () => {
    const [problem] = checkEngagementRequest(valid, { fitWeights: [] }, NOW);

    expect(problem?.message).toContain('weights no events');
  });
});
