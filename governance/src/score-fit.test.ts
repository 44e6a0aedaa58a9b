import { makeLead } from './lead.fixture';
import type { FitWeight, ScoringModel } from './model';
import { describeFitWeight, matchesFitWeight, scoreFit } from './score-fit';

const scoring: ScoringModel = {
  fitWeights: [
    { field: 'industry', equals: 'Banking', points: 30 },
    { field: 'employeeCount', min: 200, max: 999, points: 20 },
    { field: 'employeeCount', min: 1000, points: 30 },
    { field: 'phone', points: 5 },
    { field: 'industry', equals: 'Education', points: -20 },
  ],
};

describe('matchesFitWeight', () => {
  it.each<[string, unknown, FitWeight, boolean]>([
    ['equal string ignoring case', ' banking', { field: 'industry', equals: 'Banking', points: 1 }, true],
    ['other string', 'Retail', { field: 'industry', equals: 'Banking', points: 1 }, false],
    ['range lower bound', 200, { field: 'employeeCount', min: 200, max: 999, points: 1 }, true],
    ['range upper bound', 999, { field: 'employeeCount', min: 200, max: 999, points: 1 }, true],
    ['above range', 1000, { field: 'employeeCount', min: 200, max: 999, points: 1 }, false],
    ['below min only', 199, { field: 'employeeCount', min: 200, points: 1 }, false],
    ['at max only', 10, { field: 'employeeCount', max: 10, points: 1 }, true],
    ['range on a string', '500', { field: 'employeeCount', min: 200, points: 1 }, false],
    ['missing value in range', null, { field: 'employeeCount', min: 0, points: 1 }, false],
    ['presence of a value', '+49 30 1234', { field: 'phone', points: 1 }, true],
    ['presence of empty string', '', { field: 'phone', points: 1 }, false],
    ['equals and range both', 50, { field: 'employeeCount', equals: 50, max: 10, points: 1 }, false],
  ])('%s', (_case, value, weight, expected) => {
    expect(matchesFitWeight(value, weight)).toBe(expected);
  });
});

describe('describeFitWeight', () => {
  it.each<[FitWeight, string]>([
    [{ field: 'industry', equals: 'Banking', points: 1 }, 'industry is "Banking"'],
    [{ field: 'employeeCount', min: 200, max: 999, points: 1 }, 'employee count 200 to 999'],
    [{ field: 'annualRevenueUsd', min: 1000000, points: 1 }, 'annual revenue (USD) ≥ 1000000'],
    [{ field: 'employeeCount', max: 10, points: 1 }, 'employee count ≤ 10'],
    [{ field: 'consent', equals: true, points: 1 }, 'consent is true'],
    [{ field: 'phone', points: 1 }, 'phone is present'],
  ])('renders %p', (weight, expected) => {
    expect(describeFitWeight(weight)).toBe(expected);
  });
});

describe('scoreFit', () => {
  it('sums matching weights with a breakdown', () => {
    const result = scoreFit(makeLead({ industry: 'BANKING', employeeCount: 450, phone: '555' }), scoring);

    expect(result.score).toBe(55);
    expect(result.breakdown).toEqual([
      { field: 'industry', matched: 'industry is "Banking"', points: 30 },
      { field: 'employeeCount', matched: 'employee count 200 to 999', points: 20 },
      { field: 'phone', matched: 'phone is present', points: 5 },
    ]);
  });

  it('scores zero with nothing matching', () => {
    expect(scoreFit(makeLead(), scoring)).toEqual({ score: 0, breakdown: [] });
  });

  it('clamps a negative total to zero', () => {
    const result = scoreFit(makeLead({ industry: 'Education' }), scoring);

    expect(result.score).toBe(0);
    expect(result.breakdown).toHaveLength(1);
  });

  it('clamps to 100 and rounds to whole points', () => {
    const generous: ScoringModel = {
      fitWeights: [
        { field: 'industry', points: 70 },
        { field: 'country', points: 70 },
      ],
    };
    const fractional: ScoringModel = { fitWeights: [{ field: 'industry', points: 12.6 }] };
    const lead = makeLead({ industry: 'Energy', country: 'DE' });

    expect(scoreFit(lead, generous).score).toBe(100);
    expect(scoreFit(lead, fractional).score).toBe(13);
  });
});
