import { formatElapsed } from '../../portal-kit/src/format/format-elapsed';
import { toLeadUpdateInput } from '../../rep-portal/src/lead/activity/lead-field-inputs';
import { buildTimeline, type TimelineSource } from '../../rep-portal/src/lead/timeline/build-timeline';
import { filterQueue } from '../../rep-portal/src/queue/filter-queue';
import type { QueueLead } from '../../rep-portal/src/queue/queue.operations';

const ACTOR = { id: 'user-1', name: 'Diego Alvarez' };
const AT = '2026-03-02T14:00:05.000Z';
const LATER = '2026-03-02T14:00:09.000Z';

function timelineSource(): TimelineSource {
  return {
    history: [
      { id: 't2', fromStage: 'MQL', toStage: 'SAL', actor: ACTOR, actorLabel: ACTOR.name, reasonCode: null, note: null, governanceVersion: 1, occurredAt: AT },
      { id: 't1', fromStage: null, toStage: 'LEAD', actor: null, actorLabel: 'Import', reasonCode: null, note: null, governanceVersion: 1, occurredAt: '2026-03-02T13:59:00.000Z' },
    ],
    slaEvents: [{ id: 's1', kind: 'MET', stage: 'SAL', owner: ACTOR, dueAt: null, occurredAt: AT, detail: null }],
    contactAttempts: [{ id: 'c1', channel: 'PHONE', outcome: 'REACHED', note: null, actor: ACTOR, occurredAt: LATER }],
    notes: [{ id: 'n1', body: 'Call back on Friday', actor: ACTOR, createdAt: AT }],
  };
}

describe('buildTimeline', () => {
  it('orders entries by time', () => {
    const ids = buildTimeline(timelineSource()).map((item) => item.id);

    expect(ids[0]).toBe('stage-t1');
    expect(ids[ids.length - 1]).toBe('contact-c1');
  });

  it('keeps stage, SLA, note order at one instant', () => {
    const sameInstant = buildTimeline(timelineSource()).filter((item) => item.at === AT);

    expect(sameInstant.map((item) => item.kind)).toEqual(['stage', 'sla', 'note']);
  });

  it('returns nothing for an empty lead', () => {
    expect(buildTimeline({ history: [], slaEvents: [], contactAttempts: [], notes: [] })).toEqual([]);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [125, '2 minutes, 5 seconds'],
    [3_600, '1 hour'],
    [7_530, '2 hours, 5 minutes'],
    [90_061, '1 day, 1 hour'],
    [-125, '2 minutes, 5 seconds'],
  ])('formats %i seconds as %s', (seconds, expected) => {
    expect(formatElapsed(seconds, 'en-US')).toBe(expected);
  });
});

describe('filterQueue', () => {
  const lead = (id: string, overrides: Partial<QueueLead>): QueueLead => ({
    id,
    fullName: id,
    email: `${id}@example.com`,
    company: null,
    stage: 'MQL',
    motion: 'INBOUND',
    slaState: 'ON_TRACK',
    slaDueAt: null,
    slaEvents: [],
    ...overrides,
  });
  const leads = [
    lead('inbound-mql', {}),
    lead('outbound-sal', { stage: 'SAL', motion: 'OUTBOUND' }),
    lead('inbound-breached', { slaState: 'BREACHED' }),
  ];

  it.each([
    [{ stage: '', motion: '', slaState: '' }, ['inbound-mql', 'outbound-sal', 'inbound-breached']],
    [{ stage: 'SAL', motion: '', slaState: '' }, ['outbound-sal']],
    [{ stage: '', motion: 'INBOUND', slaState: '' }, ['inbound-mql', 'inbound-breached']],
    [{ stage: '', motion: 'INBOUND', slaState: 'BREACHED' }, ['inbound-breached']],
    [{ stage: 'SQL', motion: '', slaState: '' }, []],
  ] as const)('keeps the matching leads for %j', (filters, expected) => {
    expect(filterQueue(leads, filters).map((match) => match.id)).toEqual(expected);
  });
});

describe('toLeadUpdateInput', () => {
  it('converts numbers and consent', () => {
    expect(toLeadUpdateInput({ employeeCount: '420', annualRevenueUsd: '1500000', consent: 'false' })).toEqual({
      employeeCount: 420,
      annualRevenueUsd: 1_500_000,
      consent: false,
    });
  });

  it('trims text and leaves out empty values', () => {
    expect(toLeadUpdateInput({ useCase: '  Scheduling  ', industry: '   ', city: '' })).toEqual({ useCase: 'Scheduling' });
  });

  it('leaves out fields updateLead does not accept', () => {
    expect(toLeadUpdateInput({ email: 'someone@example.com', source: 'Web' })).toEqual({});
  });
});
