import { chooseRoutingRule, pickRoundRobin } from './choose-route';
import { makeLead } from './lead.fixture';
import { Motion, type MotionDefinition, type RoutingRule } from './model';

const motions: MotionDefinition[] = [
  { motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 },
  { motion: Motion.AccountBased, label: 'ABM', fitThreshold: 70, intentThreshold: 10 },
];

const rules: RoutingRule[] = [
  {
    key: 'abm-strategic',
    condition: { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' },
    poolKey: 'strategic',
  },
  { key: 'emea', condition: { field: 'country', op: 'in', values: ['DE', 'FR', 'GB'] }, poolKey: 'emea' },
  { key: 'rest-of-world', condition: null, poolKey: 'americas' },
];

describe('chooseRoutingRule', () => {
  it('takes the first matching rule', () => {
    const choice = chooseRoutingRule(makeLead({ country: 'fr', fitScore: 10 }), rules, motions);

    expect(choice.rule?.key).toBe('emea');
    expect(choice.trace).toEqual([
      { ruleKey: 'abm-strategic', matched: false },
      { ruleKey: 'emea', matched: true },
    ]);
  });

  it('uses the lead motion thresholds', () => {
    const lead = makeLead({ fitScore: 65 });

    expect(chooseRoutingRule(lead, rules, motions).rule?.key).toBe('abm-strategic');
    expect(chooseRoutingRule({ ...lead, motion: Motion.AccountBased }, rules, motions).rule?.key).toBe('rest-of-world');
  });

  it('treats a null condition as catch-all', () => {
    const choice = chooseRoutingRule(makeLead({ country: 'US' }), rules, motions);

    expect(choice.rule?.poolKey).toBe('americas');
    expect(choice.trace.map((entry) => entry.matched)).toEqual([false, false, true]);
  });

  it('returns no rule when none matches', () => {
    const choice = chooseRoutingRule(makeLead({ country: 'US' }), rules.slice(0, 2), motions);

    expect(choice.rule).toBeNull();
    expect(choice.trace).toHaveLength(2);
  });

  it('treats thresholds as unmet for an unknown motion', () => {
    const lead = makeLead({ motion: Motion.Partner, fitScore: 100 });

    expect(chooseRoutingRule(lead, rules, motions).trace[0]).toEqual({ ruleKey: 'abm-strategic', matched: false });
  });
});

describe('pickRoundRobin', () => {
  const everyone = (): boolean => true;

  it('rotates six tickets over three members', () => {
    const picks = [1, 2, 3, 4, 5, 6].map((ticket) => pickRoundRobin(['A', 'B', 'C'], everyone, ticket).memberId);

    expect(picks).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
  });

  it('skips ineligible members in rotation order', () => {
    const eligible = (memberId: string) => memberId === 'A' || { reason: `${memberId} is out of office` };

    expect(pickRoundRobin(['A', 'B', 'C'], eligible, 2)).toEqual({
      memberId: 'A',
      skipped: [
        { memberId: 'B', reason: 'B is out of office' },
        { memberId: 'C', reason: 'C is out of office' },
      ],
    });
  });

  it('gives a default skip reason', () => {
    expect(pickRoundRobin(['A', 'B'], (memberId) => memberId === 'B', 1).skipped).toEqual([
      { memberId: 'A', reason: 'not eligible' },
    ]);
  });

  it('returns null when nobody is eligible', () => {
    const pick = pickRoundRobin(['A', 'B'], () => false, 7);

    expect(pick.memberId).toBeNull();
    expect(pick.skipped.map((entry) => entry.memberId)).toEqual(['A', 'B']);
  });

  it('returns null for an empty pool', () => {
    expect(pickRoundRobin([], everyone, 1)).toEqual({ memberId: null, skipped: [] });
  });

  it('handles large tickets', () => {
    expect(pickRoundRobin(['A', 'B', 'C'], everyone, 3_000_000_002).memberId).toBe('B');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects ticket %p', (ticket) => {
    expect(() => pickRoundRobin(['A'], everyone, ticket)).toThrow(
      `ticket ${ticket} is not a whole number of 1 or more`,
    );
  });
});
