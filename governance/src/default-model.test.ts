import { addBusinessSeconds } from './business-calendar';
import { chooseRoutingRule } from './choose-route';
import { CONSENT_REQUIRED_COUNTRIES, EMEA_COUNTRIES } from './default-countries';
import { buildDefaultGovernanceModel } from './default-model';
import { evaluateCondition } from './evaluate-condition';
import { makeLead } from './lead.fixture';
import { normalizeCountry } from './normalize-country';
import { EscalationAction, Motion, ReasonKind, RoutingFallback, RoutingStrategy, Stage, type GovernanceModel } from './model';
import { scoreFit } from './score-fit';
import { validateCalendar } from './validate-calendar';

const input = {
  teams: [
    { key: 'sales-emea', label: 'Sales EMEA' },
    { key: 'sales-americas', label: 'Sales Americas' },
  ],
  pools: [
    { key: 'emea', label: 'EMEA reps', teamKey: 'sales-emea', memberIds: ['u1', 'u2'] },
    { key: 'americas', label: 'Americas reps', teamKey: 'sales-americas', memberIds: ['u3'] },
  ],
};

function stageOf(model: GovernanceModel, stage: Stage) {
  const definition = model.stages.find((candidate) => candidate.stage === stage);
  if (definition === undefined) {
    throw new Error(`stage ${stage} missing from the default model`);
  }

  return definition;
}

/**
 * The firmographic fields of the 22 Salesforce Developer Edition demo leads (public CC0 sample data):
 * source, country, industry, annual revenue, employee count. Every demo lead has a phone number.
 */
const SALESFORCE_DEMO_LEADS: Array<[string, string, string | null, number | null, number | null]> = [
  ['Partner Referral', 'USA', null, null, null],
  ['Purchased List', 'USA', null, null, null],
  ['Web', 'USA', 'Agriculture', 900_750_000, null],
  ['Purchased List', 'USA', null, null, null],
  ['Partner Referral', 'USA', null, null, null],
  ['Web', 'USA', null, null, null],
  ['Phone Inquiry', 'USA', null, null, null],
  ['Web', 'USA', null, null, null],
  ['Purchased List', 'USA', null, null, null],
  ['Partner Referral', 'USA', null, null, null],
  ['Phone Inquiry', 'Taiwan', null, null, null],
  ['Web', 'USA', null, null, null],
  ['Purchased List', 'USA', null, null, null],
  ['Phone Inquiry', 'USA', null, null, null],
  ['Web', 'USA', null, null, null],
  ['Web', 'USA', null, null, null],
  ['Purchased List', 'Japan', null, null, null],
  ['Partner Referral', 'USA', null, null, null],
  ['Web', 'USA', 'Apparel', 350_000_000, 9000],
  ['Purchased List', 'USA', null, null, null],
  ['Phone Inquiry', 'France', null, null, null],
  ['Purchased List', 'USA', null, null, null],
];

describe('buildDefaultGovernanceModel', () => {
  const model = buildDefaultGovernanceModel(input);

  it('defines every stage once', () => {
    expect(model.stages.map((definition) => definition.stage).sort()).toEqual(Object.values(Stage).sort());
  });

  it('sets the funnel SLAs in business seconds', () => {
    expect(stageOf(model, Stage.Lead).sla.default?.targetSeconds).toBe(8 * 3600);
    expect(stageOf(model, Stage.Mql).sla.default).toBeNull();
    expect(stageOf(model, Stage.Sal).sla.default?.targetSeconds).toBe(3600);
    expect(stageOf(model, Stage.Sal).sla.default?.warnPercent).toBe(75);
    expect(stageOf(model, Stage.Sql).sla.default?.targetSeconds).toBe(5 * 8 * 3600);
    expect(stageOf(model, Stage.Opportunity).sla.default?.targetSeconds).toBe(5 * 8 * 3600);
  });

  it('escalates SAL breaches up the ladder', () => {
    expect(stageOf(model, Stage.Sal).sla.default?.escalation).toEqual([
      { action: EscalationAction.NotifyManager, delaySeconds: 0 },
      { action: EscalationAction.ReassignToPool, delaySeconds: 0 },
      { action: EscalationAction.NotifyManager, delaySeconds: 0 },
      { action: EscalationAction.ReassignToManager, delaySeconds: 0 },
    ]);
  });

  it('requires the documented fields', () => {
    expect(stageOf(model, Stage.Mql).requiredFields).toEqual(['industry', 'country', 'title']);
    expect(stageOf(model, Stage.Sql).requiredFields).toEqual(['useCase', 'employeeCount']);
    expect(stageOf(model, Stage.Opportunity).requiredFields).toEqual(['annualRevenueUsd']);
  });

  it('gives exits no entry criteria', () => {
    for (const exit of [Stage.Rejected, Stage.Recycled, Stage.Disqualified]) {
      expect(stageOf(model, exit).entryCriteria).toBeNull();
    }
  });

  it('admits valid leads to Lead only', () => {
    const criteria = stageOf(model, Stage.Lead).entryCriteria;
    if (criteria === null) {
      throw new Error('the Lead stage has entry criteria');
    }

    expect(evaluateCondition(criteria, makeLead(), null)).toBe(true);
    expect(evaluateCondition(criteria, makeLead({ source: null }), null)).toBe(false);
    expect(evaluateCondition(criteria, makeLead({ email: 'bob@' }), null)).toBe(false);
  });

  it.each<[Motion, number, number]>([
    [Motion.Inbound, 60, 40],
    [Motion.Outbound, 50, 20],
    [Motion.Partner, 50, 30],
    [Motion.ProductLed, 40, 60],
    [Motion.AccountBased, 70, 10],
  ])('sets %s thresholds', (motion, fit, intent) => {
    expect(model.motions.find((definition) => definition.motion === motion)).toMatchObject({
      fitThreshold: fit,
      intentThreshold: intent,
    });
  });

  it.each<[string, ReasonKind[]]>([
    ['ACCEPTED_MEETS_ICP', [ReasonKind.Accept]],
    ['NO_FIT', [ReasonKind.Reject, ReasonKind.Disqualify]],
    ['SPAM', [ReasonKind.Reject, ReasonKind.Disqualify]],
    ['TIMING', [ReasonKind.Recycle, ReasonKind.Reject]],
  ])('lets %s justify its kinds', (code, kinds) => {
    expect(model.reasonCodes.find((reason) => reason.code === code)?.kinds).toEqual(expect.arrayContaining(kinds));
  });

  it('includes every default reason code', () => {
    expect(model.reasonCodes.map((reason) => reason.code)).toEqual(
      expect.arrayContaining([
        'TIMING',
        'NO_FIT',
        'NO_CONTACT',
        'COMPETITOR',
        'DUPLICATE',
        'BAD_DATA',
        'NO_BUDGET',
        'STUDENT_JOB_SEEKER',
        'SPAM',
      ]),
    );
  });

  it('defines valid calendars', () => {
    expect(Object.keys(model.calendars)).toEqual(['business-hours-berlin', 'business-hours-new-york']);
    for (const calendar of Object.values(model.calendars)) {
      expect(validateCalendar(calendar)).toEqual([]);
    }
  });

  it('uses New York hours in New York', () => {
    const calendar = model.calendars['business-hours-new-york'];
    if (calendar === undefined) {
      throw new Error('the default model has a New York calendar');
    }

    expect(addBusinessSeconds('2026-06-03T12:00:00Z', 3600, calendar)).toBe('2026-06-03T14:00:00.000Z');
  });

  it.each([
    ['DE', 'emea'],
    ['United Kingdom', 'emea'],
    ['france', 'emea'],
    ['ZA', 'emea'],
    ['DEU', 'emea'],
    ['Österreich', 'emea'],
    ['España', 'emea'],
    ['Nederland', 'emea'],
    ['England', 'emea'],
    ['Schweiz', 'emea'],
    ['Turkey', 'emea'],
    ['UAE', 'emea'],
    ['USA', 'americas'],
    ['United States of America', 'americas'],
    ['Japan', 'americas'],
    ['Brasil', 'americas'],
    ['Atlantis', 'americas'],
    [null, 'americas'],
  ])('routes %p to pool %s', (country, poolKey) => {
    const choice = chooseRoutingRule(makeLead({ country }), model.routingRules, model.motions);

    expect(choice.rule?.poolKey).toBe(poolKey);
  });

  it('builds round-robin pools without a cap', () => {
    for (const pool of model.routingPools) {
      expect(pool.strategy).toBe(RoutingStrategy.RoundRobin);
      expect(pool.maxOpenLeadsPerRep).toBeNull();
      expect(pool.fallback).toBe(RoutingFallback.TeamManager);
    }
  });

  it('weights behaviour events', () => {
    expect(model.scoring.behaviourWeights).toEqual([
      { event: 'demo_request', points: 40 },
      { event: 'pricing_page_view', points: 15 },
      { event: 'webinar_attended', points: 10 },
      { event: 'email_click', points: 5 },
      { event: 'unsubscribe', points: -30 },
    ]);
    expect(model.scoring.decayHalfLifeDays).toBe(30);
  });

  it('routes everything to a single pool', () => {
    const single = buildDefaultGovernanceModel({ teams: input.teams, pools: input.pools.slice(0, 1) });

    expect(single.routingRules.map((rule) => rule.poolKey)).toEqual(['emea', 'emea']);
  });

  it('rejects an empty pool list', () => {
    expect(() => buildDefaultGovernanceModel({ teams: [], pools: [] })).toThrow('needs at least one routing pool');
  });

  it('requires consent in the EU, EEA, UK and Switzerland', () => {
    const eu = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE'];
    const euContinued = ['IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

    expect([...model.consentRequiredCountries].sort()).toEqual(
      [...eu, ...euContinued, 'IS', 'LI', 'NO', 'GB', 'CH'].sort(),
    );
  });

  it('keeps country lists as ISO alpha-2 codes and consent within EMEA', () => {
    for (const country of [...CONSENT_REQUIRED_COUNTRIES, ...EMEA_COUNTRIES]) {
      expect(normalizeCountry(country)).toBe(country);
    }
    expect(EMEA_COUNTRIES).toEqual(expect.arrayContaining([...CONSENT_REQUIRED_COUNTRIES]));
  });

  it('returns independent copies', () => {
    const other = buildDefaultGovernanceModel(input);
    stageOf(other, Stage.Mql).requiredFields.push('phone');
    other.scoring.fitWeights.length = 0;
    other.scoring.behaviourWeights?.splice(0, 1, { event: 'demo_request', points: 1 });
    stageOf(other, Stage.Sal).sla.default?.escalation.splice(0, 1);

    expect(stageOf(model, Stage.Mql).requiredFields).toEqual(['industry', 'country', 'title']);
    expect(model.scoring.fitWeights.length).toBeGreaterThan(0);
    expect(model.scoring.behaviourWeights?.[0]).toEqual({ event: 'demo_request', points: 40 });
    expect(stageOf(model, Stage.Sal).sla.default?.escalation).toHaveLength(4);
  });

  it('spreads the demo leads around the MQL threshold', () => {
    const scores = SALESFORCE_DEMO_LEADS.map(
      ([source, country, industry, annualRevenueUsd, employeeCount]) =>
        scoreFit(makeLead({ source, country, industry, annualRevenueUsd, employeeCount, phone: '(555) 555-0100' }), model.scoring).score,
    );
    const qualified = scores.filter((score) => score >= 60);

    expect(Math.min(...scores)).toBe(10);
    expect(Math.max(...scores)).toBe(95);
    expect(qualified).toHaveLength(6);
    expect(new Set(scores).size).toBeGreaterThanOrEqual(6);
  });
});
