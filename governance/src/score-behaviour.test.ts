import fc from 'fast-check';
import type { BehaviourWeight } from './model';
import { decayFactor, scoreBehaviour, type ScoredEngagementEvent } from './score-behaviour';

const weights: BehaviourWeight[] = [
  { event: 'demo_request', points: 40 },
  { event: 'pricing_page_view', points: 15 },
  { event: 'unsubscribe', points: -30 },
];

const NOW = '2026-12-01T12:00:00.000Z';

function daysBefore(days: number): string {
  return new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
}

describe('decayFactor', () => {
  it.each<[number, number | null, number]>([
    [0, 30, 1],
    [30, 30, 0.5],
    [60, 30, 0.25],
    [90, 30, 0.125],
    [400, null, 1],
  ])('after %p days with half-life %p is %p', (age, halfLife, expected) => {
    expect(decayFactor(age, halfLife)).toBeCloseTo(expected, 10);
  });
});

describe('scoreBehaviour', () => {
  it('sums fresh events without decay', () => {
    const events = [
      { event: 'demo_request', occurredAt: NOW },
      { event: 'pricing_page_view', occurredAt: NOW },
      { event: 'pricing_page_view', occurredAt: NOW },
    ];

    const result = scoreBehaviour(events, weights, 30, NOW);

    expect(result.score).toBe(70);
    expect(result.breakdown).toEqual([
      { event: 'demo_request', count: 1, points: 40, decayedPoints: 40 },
      { event: 'pricing_page_view', count: 2, points: 30, decayedPoints: 30 },
    ]);
  });

  it('halves an event one half-life old', () => {
    const result = scoreBehaviour([{ event: 'demo_request', occurredAt: daysBefore(30) }], weights, 30, NOW);

    expect(result.score).toBe(20);
    expect(result.breakdown[0]).toEqual({ event: 'demo_request', count: 1, points: 40, decayedPoints: 20 });
  });

  it('rounds decayed points to one decimal', () => {
    const result = scoreBehaviour([{ event: 'pricing_page_view', occurredAt: daysBefore(10) }], weights, 30, NOW);

    expect(result.breakdown[0]?.decayedPoints).toBe(11.9);
    expect(result.score).toBe(12);
  });

  it('clamps the sum to 0 and 100', () => {
    const many = Array.from({ length: 4 }, () => ({ event: 'demo_request', occurredAt: NOW }));

    expect(scoreBehaviour(many, weights, 30, NOW).score).toBe(100);
    expect(scoreBehaviour([{ event: 'unsubscribe', occurredAt: NOW }], weights, 30, NOW).score).toBe(0);
  });

  it('subtracts negative weights', () => {
    const events = [
      { event: 'demo_request', occurredAt: NOW },
      { event: 'unsubscribe', occurredAt: NOW },
    ];

    expect(scoreBehaviour(events, weights, 30, NOW).score).toBe(10);
  });

  it('leaves out events after the scoring time', () => {
    const future = new Date(Date.parse(NOW) + 1000).toISOString();

    expect(scoreBehaviour([{ event: 'demo_request', occurredAt: future }], weights, 30, NOW)).toEqual({ score: 0, breakdown: [] });
  });

  it('ignores events without a weight', () => {
    expect(scoreBehaviour([{ event: 'page_view', occurredAt: NOW }], weights, 30, NOW)).toEqual({ score: 0, breakdown: [] });
  });

  it('does not decay without a half-life', () => {
    expect(scoreBehaviour([{ event: 'demo_request', occurredAt: daysBefore(365) }], weights, null, NOW).score).toBe(40);
  });

  it('accepts a Date as the scoring time', () => {
    expect(scoreBehaviour([{ event: 'demo_request', occurredAt: NOW }], weights, 30, new Date(NOW)).score).toBe(40);
  });
});

describe('scoreBehaviour properties', () => {
  const eventArbitrary: fc.Arbitrary<ScoredEngagementEvent> = fc.record({
    event: fc.constantFrom('demo_request', 'pricing_page_view', 'unsubscribe', 'page_view'),
    occurredAt: fc.integer({ min: 0, max: 400 * 24 }).map((hours) => daysBefore(hours / 24)),
  });
  const halfLifeArbitrary = fc.option(fc.double({ min: 0.5, max: 365, noNaN: true }), { nil: null });

  it('keeps the score a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), halfLifeArbitrary, (events, halfLife) => {
        const { score } = scoreBehaviour(events, weights, halfLife, NOW);

        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lets decay grow or flip a line', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), halfLifeArbitrary, (events, halfLife) => {
        for (const line of scoreBehaviour(events, weights, halfLife, NOW).breakdown) {
          expect(Math.abs(line.decayedPoints)).toBeLessThanOrEqual(Math.abs(line.points));
          expect(line.decayedPoints * line.points).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('counts every weighted event once', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const counted = scoreBehaviour(events, weights, 30, NOW).breakdown.reduce((sum, line) => sum + line.count, 0);

        expect(counted).toBe(events.filter((item) => item.event !== 'page_view').length);
      }),
    );
  });

  it('never raises a positive-only score as time passes', () => {
    const positive = weights.filter((weight) => weight.points > 0);
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), fc.integer({ min: 0, max: 100 }), (events, laterDays) => {
        const later = new Date(Date.parse(NOW) + laterDays * 86_400_000);

        expect(scoreBehaviour(events, positive, 30, later).score).toBeLessThanOrEqual(scoreBehaviour(events, positive, 30, NOW).score);
      }),
    );
  });

  it('equals the clamped plain sum without decay', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 40 }), (events) => {
        const plain = events.reduce((sum, item) => sum + (weights.find((weight) => weight.event === item.event)?.points ?? 0), 0);

        expect(scoreBehaviour(events, weights, null, NOW).score).toBe(Math.min(100, Math.max(0, plain)));
      }),
    );
  });
});
