import { defaultScoring } from './default-scoring';
import {
  SUBMITTED_SCORE_EVENT,
  findSubmittedBehaviourScore,
  joinScoreBreakdown,
  replaceFitLines,
  scoreLeadEngagement,
  splitScoreBreakdown,
  type ScoreBreakdownLine,
} from './score-breakdown';

const fitLine = { field: 'industry' as const, matched: 'industry is "Banking"', points: 20 };
const behaviourLine = { event: 'demo_request', count: 1, points: 40, decayedPoints: 40 };
const NOW = '2026-12-01T12:00:00.000Z';

describe('splitScoreBreakdown', () => {
  it('reads a stored fit-only breakdown', () => {
    expect(splitScoreBreakdown([fitLine])).toEqual({ fit: [fitLine], behaviour: [] });
  });

  it('reads back what joinScoreBreakdown stored', () => {
    const stored = joinScoreBreakdown([fitLine], [behaviourLine]);

    expect(stored[0]).toEqual(fitLine);
    expect(splitScoreBreakdown(stored)).toEqual({ fit: [fitLine], behaviour: [behaviourLine] });
  });
});

describe('replaceFitLines', () => {
  it('keeps the stored behaviour lines', () => {
    const newFit = { field: 'phone' as const, matched: 'phone is present', points: 5 };
    const stored = joinScoreBreakdown([fitLine], [behaviourLine]);

    expect(splitScoreBreakdown(replaceFitLines(stored, [newFit]))).toEqual({ fit: [newFit], behaviour: [behaviourLine] });
  });
});

describe('findSubmittedBehaviourScore', () => {
  it('uses the current score before any engagement', () => {
    expect(findSubmittedBehaviourScore([fitLine], 60)).toBe(60);
  });

  it('uses the stored submitted line afterwards', () => {
    const submitted = { event: SUBMITTED_SCORE_EVENT, count: 1, points: 60, decayedPoints: 30 };
    const stored: ScoreBreakdownLine[] = joinScoreBreakdown([fitLine], [behaviourLine, submitted]);

    expect(findSubmittedBehaviourScore(stored, 70)).toBe(60);
  });

  it('is 0 when engagement was scored without a submitted score', () => {
    expect(findSubmittedBehaviourScore(joinScoreBreakdown([], [behaviourLine]), 40)).toBe(0);
  });
});

describe('scoreLeadEngagement', () => {
  it('adds the submitted score as a decaying line', () => {
    const result = scoreLeadEngagement({
      events: [{ event: 'demo_request', occurredAt: NOW }],
      scoring: defaultScoring(),
      submittedScore: 60,
      arrivedAt: '2026-10-31T12:00:00.000Z', // 31 days before NOW
      now: NOW,
    });

    expect(result.breakdown).toEqual([
      { event: 'demo_request', count: 1, points: 40, decayedPoints: 40 },
      { event: SUBMITTED_SCORE_EVENT, count: 1, points: 60, decayedPoints: 29.3 },
    ]);
    expect(result.score).toBe(69);
  });

  it('counts a submitted score from no later than the scoring time', () => {
    const result = scoreLeadEngagement({
      events: [],
      scoring: defaultScoring(),
      submittedScore: 50,
      arrivedAt: '2026-12-02T12:00:00.000Z',
      now: NOW,
    });

    expect(result.score).toBe(50);
  });

  it('leaves out a zero submitted score', () => {
    const result = scoreLeadEngagement({ events: [], scoring: defaultScoring(), submittedScore: 0, arrivedAt: NOW, now: NOW });

    expect(result).toEqual({ score: 0, breakdown: [] });
  });
});
