import { choosePoolMember, pickLeastLoaded, pickWeighted, splitTicketsOverPool, weightOf } from './choose-pool-member';
import { RoutingFallback, RoutingStrategy, type RoutingPool } from './model';

const everyone = (): boolean => true;

function pool(overrides: Partial<RoutingPool> = {}): RoutingPool {
  return {
    key: 'emea',
    label: 'EMEA reps',
    teamKey: 'sales',
    memberIds: ['A', 'B', 'C'],
    strategy: RoutingStrategy.RoundRobin,
    ...overrides,
  };
}

describe('weightOf', () => {
  it.each<[Record<string, number> | undefined, number]>([
    [undefined, 1],
    [{}, 1],
    [{ A: 3 }, 3],
    [{ A: 0 }, 1],
    [{ A: 1.5 }, 1],
    [{ A: -2 }, 1],
  ])('reads weights %p as %p', (weights, expected) => {
    expect(weightOf(weights, 'A')).toBe(expected);
  });
});

describe('pickWeighted', () => {
  it('splits eight tickets 2:1:1', () => {
    const picks = [1, 2, 3, 4, 5, 6, 7, 8].map((ticket) => pickWeighted(['A', 'B', 'C'], { A: 2, B: 1, C: 1 }, everyone, ticket).memberId);

    expect(picks).toEqual(['A', 'A', 'B', 'C', 'A', 'A', 'B', 'C']);
  });

  it('counts a missing weight as 1', () => {
    const picks = [1, 2, 3, 4].map((ticket) => pickWeighted(['A', 'B'], { A: 3 }, everyone, ticket).memberId);

    expect(picks).toEqual(['A', 'A', 'A', 'B']);
  });

  it('skips an ineligible member in rotation order', () => {
    const eligible = (memberId: string) => memberId !== 'B' || { reason: 'out of office' };

    expect(pickWeighted(['A', 'B', 'C'], { A: 2 }, eligible, 3)).toEqual({
      memberId: 'C',
      skipped: [{ memberId: 'B', reason: 'out of office' }],
    });
  });

  it('wraps from the last member to the first', () => {
    const pick = pickWeighted(['A', 'B', 'C'], { C: 2 }, (memberId) => memberId === 'A', 4);

    expect(pick.memberId).toBe('A');
    expect(pick.skipped).toEqual([{ memberId: 'C', reason: 'not eligible' }]);
  });

  it('returns null for an empty pool', () => {
    expect(pickWeighted([], {}, everyone, 1)).toEqual({ memberId: null, skipped: [] });
  });

  it('handles large tickets', () => {
    // 3,000,000,002 - 1 = 3,000,000,001, which leaves 1 in a cycle of 4: the second slot of A.
    expect(pickWeighted(['A', 'B', 'C'], { A: 2 }, everyone, 3_000_000_002).memberId).toBe('A');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects ticket %p', (ticket) => {
    expect(() => pickWeighted(['A'], {}, everyone, ticket)).toThrow(`ticket ${ticket} is not a whole number of 1 or more`);
  });
});

describe('pickLeastLoaded', () => {
  it('picks the member with the fewest open leads', () => {
    expect(pickLeastLoaded(['A', 'B', 'C'], { A: 4, B: 1, C: 2 }, everyone)).toEqual({ memberId: 'B', skipped: [] });
  });

  it('breaks ties by member order', () => {
    expect(pickLeastLoaded(['A', 'B', 'C'], { A: 2, B: 1, C: 1 }, everyone).memberId).toBe('B');
  });

  it('counts a missing member as no load', () => {
    expect(pickLeastLoaded(['A', 'B'], { A: 1 }, everyone).memberId).toBe('B');
  });

  it('lists ineligible members tried first', () => {
    const eligible = (memberId: string) => memberId === 'A' || { reason: `${memberId} is out of office` };

    expect(pickLeastLoaded(['A', 'B', 'C'], { A: 5, B: 0, C: 3 }, eligible)).toEqual({
      memberId: 'A',
      skipped: [
        { memberId: 'B', reason: 'B is out of office' },
        { memberId: 'C', reason: 'C is out of office' },
      ],
    });
  });

  it('returns null when no member is eligible', () => {
    const pick = pickLeastLoaded(['A', 'B'], {}, () => false);

    expect(pick.memberId).toBeNull();
    expect(pick.skipped).toEqual([
      { memberId: 'A', reason: 'not eligible' },
      { memberId: 'B', reason: 'not eligible' },
    ]);
  });
});

describe('choosePoolMember', () => {
  it('rotates a round-robin pool by ticket', () => {
    const picks = [1, 2, 3, 4].map((ticket) => choosePoolMember(pool(), { ticket, eligible: everyone, openLoad: {} }).memberId);

    expect(picks).toEqual(['A', 'B', 'C', 'A']);
  });

  it('splits a weighted pool 2:1:1 over eight tickets', () => {
    const weighted = pool({ strategy: RoutingStrategy.Weighted, weights: { A: 2, B: 1, C: 1 } });
    const picks = [1, 2, 3, 4, 5, 6, 7, 8].map(
      (ticket) => choosePoolMember(weighted, { ticket, eligible: everyone, openLoad: {} }).memberId,
    );

    expect(picks).toEqual(['A', 'A', 'B', 'C', 'A', 'A', 'B', 'C']);
  });

  it('sends a load-balanced pool to the least loaded member', () => {
    const balanced = pool({ strategy: RoutingStrategy.LoadBalanced });

    expect(choosePoolMember(balanced, { ticket: 1, eligible: everyone, openLoad: { A: 3, B: 2, C: 2 } })).toEqual({
      memberId: 'B',
      skipped: [],
      fallback: null,
    });
  });

  it('skips a member at the cap', () => {
    const capped = pool({ maxOpenLeadsPerRep: 5 });

    expect(choosePoolMember(capped, { ticket: 1, eligible: everyone, openLoad: { A: 5, B: 4 } })).toEqual({
      memberId: 'B',
      skipped: [{ memberId: 'A', reason: 'at cap' }],
      fallback: null,
    });
  });

  it('skips a member above the cap', () => {
    const capped = pool({ maxOpenLeadsPerRep: 5 });

    expect(choosePoolMember(capped, { ticket: 1, eligible: everyone, openLoad: { A: 7 } }).memberId).toBe('B');
  });

  it('applies no cap when the cap is null', () => {
    const uncapped = pool({ maxOpenLeadsPerRep: null });

    expect(choosePoolMember(uncapped, { ticket: 1, eligible: everyone, openLoad: { A: 500 } }).memberId).toBe('A');
  });

  it('keeps the caller reason before the cap', () => {
    const capped = pool({ maxOpenLeadsPerRep: 1 });
    const eligible = (memberId: string) => memberId !== 'A' || { reason: 'out of office' };

    expect(choosePoolMember(capped, { ticket: 1, eligible, openLoad: { A: 9 } }).skipped).toEqual([
      { memberId: 'A', reason: 'out of office' },
    ]);
  });

  it('skips capped members of a load-balanced pool', () => {
    const balanced = pool({ strategy: RoutingStrategy.LoadBalanced, maxOpenLeadsPerRep: 2 });
    const pick = choosePoolMember(balanced, { ticket: 1, eligible: everyone, openLoad: { A: 2, B: 2, C: 3 } });

    expect(pick.memberId).toBeNull();
    expect(pick.skipped).toEqual([
      { memberId: 'A', reason: 'at cap' },
      { memberId: 'B', reason: 'at cap' },
      { memberId: 'C', reason: 'at cap' },
    ]);
  });

  it('falls back to the team manager by default', () => {
    const pick = choosePoolMember(pool(), { ticket: 1, eligible: () => false, openLoad: {} });

    expect(pick.memberId).toBeNull();
    expect(pick.fallback).toBe(RoutingFallback.TeamManager);
  });

  it('falls back to the team queue when set', () => {
    const queued = pool({ fallback: RoutingFallback.TeamQueue });

    expect(choosePoolMember(queued, { ticket: 2, eligible: () => false, openLoad: {} }).fallback).toBe(RoutingFallback.TeamQueue);
  });

  it('falls back for a pool without members', () => {
    expect(choosePoolMember(pool({ memberIds: [] }), { ticket: 1, eligible: everyone, openLoad: {} })).toEqual({
      memberId: null,
      skipped: [],
      fallback: RoutingFallback.TeamManager,
    });
  });
});

describe('splitTicketsOverPool', () => {
  function countPicks(target: RoutingPool, leadCount: number): Map<string, number> {
    const counts = new Map<string, number>(target.memberIds.map((memberId) => [memberId, 0]));
    for (let ticket = 1; ticket <= leadCount; ticket += 1) {
      const memberId = choosePoolMember(target, { ticket, eligible: everyone, openLoad: {} }).memberId;
      if (memberId !== null) {
        counts.set(memberId, (counts.get(memberId) ?? 0) + 1);
      }
    }

    return counts;
  }

  it('splits 10 round-robin tickets 4:3:3', () => {
    expect([...splitTicketsOverPool(pool(), 10)]).toEqual([
      ['A', 4],
      ['B', 3],
      ['C', 3],
    ]);
  });

  it('splits 8 weighted tickets 4:2:2', () => {
    const weighted = pool({ strategy: RoutingStrategy.Weighted, weights: { A: 2 } });

    expect([...splitTicketsOverPool(weighted, 8)]).toEqual([
      ['A', 4],
      ['B', 2],
      ['C', 2],
    ]);
  });

  it('ignores weights outside weighted pools', () => {
    expect(splitTicketsOverPool(pool({ weights: { A: 5 } }), 3).get('A')).toBe(1);
  });

  it('returns nothing for a pool without members', () => {
    expect(splitTicketsOverPool(pool({ memberIds: [] }), 7).size).toBe(0);
  });

  it.each([0, 1, 2, 5, 6, 7, 13, 100])('matches picking %p weighted tickets one by one', (leadCount) => {
    const weighted = pool({ memberIds: ['A', 'B', 'C', 'D'], strategy: RoutingStrategy.Weighted, weights: { A: 3, C: 2 } });

    expect(splitTicketsOverPool(weighted, leadCount)).toEqual(countPicks(weighted, leadCount));
  });

  it.each([0, 1, 2, 3, 4, 11])('matches picking %p round-robin tickets one by one', (leadCount) => {
    expect(splitTicketsOverPool(pool(), leadCount)).toEqual(countPicks(pool(), leadCount));
  });
});
