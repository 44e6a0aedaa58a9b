import { conditionFields, describeCondition, evaluateCondition } from './evaluate-condition';
import { makeLead } from './lead.fixture';
import { Motion, type Condition, type MotionDefinition } from './model';

const inbound: MotionDefinition = { motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 };

const mqlCriteria: Condition = {
  all: [
    { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' },
    { field: 'behaviourScore', op: 'gte', valueFrom: 'motionIntentThreshold' },
  ],
};

describe('evaluateCondition', () => {
  const lead = makeLead({
    country: '  Germany ',
    industry: 'Technology',
    employeeCount: 250,
    consent: true,
    title: '',
    fitScore: 60,
    behaviourScore: 39,
  });

  it.each<[string, Condition, boolean]>([
    ['eq ignores case and spaces', { field: 'country', op: 'eq', value: 'GERMANY' }, true],
    ['eq on another value', { field: 'country', op: 'eq', value: 'France' }, false],
    ['eq on a number', { field: 'employeeCount', op: 'eq', value: 250 }, true],
    ['eq number never equals string', { field: 'employeeCount', op: 'eq', value: '250' }, false],
    ['eq on a boolean', { field: 'consent', op: 'eq', value: true }, true],
    ['eq on a missing value', { field: 'region', op: 'eq', value: 'EMEA' }, false],
    ['neq on another value', { field: 'country', op: 'neq', value: 'France' }, true],
    ['neq on the same value', { field: 'country', op: 'neq', value: 'germany' }, false],
    ['neq on a missing value', { field: 'region', op: 'neq', value: 'EMEA' }, true],
    ['gt above', { field: 'employeeCount', op: 'gt', value: 249 }, true],
    ['gt equal', { field: 'employeeCount', op: 'gt', value: 250 }, false],
    ['gte equal', { field: 'employeeCount', op: 'gte', value: 250 }, true],
    ['lt equal', { field: 'employeeCount', op: 'lt', value: 250 }, false],
    ['lte equal', { field: 'employeeCount', op: 'lte', value: 250 }, true],
    ['lt on a missing number', { field: 'annualRevenueUsd', op: 'lt', value: 1 }, false],
    ['gt on a string field', { field: 'industry', op: 'gt', value: 1 }, false],
    ['gte fit threshold met exactly', { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' }, true],
    ['gte intent threshold missed', { field: 'behaviourScore', op: 'gte', valueFrom: 'motionIntentThreshold' }, false],
    ['lt intent threshold', { field: 'behaviourScore', op: 'lt', valueFrom: 'motionIntentThreshold' }, true],
    ['in ignores case', { field: 'industry', op: 'in', values: ['banking', 'TECHNOLOGY'] }, true],
    ['in without a match', { field: 'industry', op: 'in', values: ['Banking'] }, false],
    ['notIn without a match', { field: 'industry', op: 'notIn', values: ['Banking'] }, true],
    ['notIn with a match', { field: 'industry', op: 'notIn', values: ['technology'] }, false],
    ['notIn on a missing value', { field: 'region', op: 'notIn', values: ['EMEA'] }, true],
    ['present on a value', { field: 'industry', op: 'present' }, true],
    ['present on an empty string', { field: 'title', op: 'present' }, false],
    ['present on null', { field: 'phone', op: 'present' }, false],
    ['present on zero', { field: 'fitScore', op: 'present' }, true],
    ['absent on an empty string', { field: 'title', op: 'absent' }, true],
    ['absent on a value', { field: 'country', op: 'absent' }, false],
    ['validEmail on a valid address', { field: 'email', op: 'validEmail' }, true],
    ['validEmail on a number', { field: 'employeeCount', op: 'validEmail' }, false],
    ['all with one false', mqlCriteria, false],
    ['any with one true', { any: mqlCriteria.all }, true],
    ['not inverts', { not: mqlCriteria }, true],
    ['empty all', { all: [] }, true],
    ['empty any', { any: [] }, false],
  ])('%s', (_case, condition, expected) => {
    expect(evaluateCondition(condition, lead, inbound)).toBe(expected);
  });

  it.each<[string, string | null, Condition, boolean]>([
    ['in matches a name against a code', 'Germany', { field: 'country', op: 'in', values: ['FR', 'DE'] }, true],
    ['in matches an alpha-3 code', 'DEU', { field: 'country', op: 'in', values: ['DE'] }, true],
    ['in matches a native name', 'Österreich', { field: 'country', op: 'in', values: ['AT'] }, true],
    ['in matches a code against a name', 'de', { field: 'country', op: 'in', values: ['GERMANY'] }, true],
    ['in matches two names', 'Deutschland', { field: 'country', op: 'in', values: ['Germany'] }, true],
    ['in matches a constituent country', 'England', { field: 'country', op: 'in', values: ['GB'] }, true],
    ['in misses another country', 'España', { field: 'country', op: 'in', values: ['DE', 'FR'] }, false],
    ['in on an unknown country', 'Atlantis', { field: 'country', op: 'in', values: ['DE'] }, false],
    ['in compares unknown names as text', ' atlantis', { field: 'country', op: 'in', values: ['Atlantis'] }, true],
    ['in on a missing country', null, { field: 'country', op: 'in', values: ['DE'] }, false],
    ['notIn with a name of a listed code', 'Nederland', { field: 'country', op: 'notIn', values: ['NL'] }, false],
    ['notIn with an unlisted country', 'USA', { field: 'country', op: 'notIn', values: ['NL', 'DE'] }, true],
    ['eq on a code and an alpha-3 code', 'US', { field: 'country', op: 'eq', value: 'USA' }, true],
    ['neq on a name and its code', 'Schweiz', { field: 'country', op: 'neq', value: 'CH' }, false],
    ['eq on other fields stays textual', 'DE', { field: 'region', op: 'eq', value: 'Germany' }, false],
  ])('country: %s', (_case, country, condition, expected) => {
    const countryLead = makeLead({ country, region: country });

    expect(evaluateCondition(condition, countryLead, inbound)).toBe(expected);
  });

  it('treats thresholds as unmet without a motion definition', () => {
    const strongLead = makeLead({ fitScore: 100, behaviourScore: 100 });

    expect(evaluateCondition(mqlCriteria, strongLead, null)).toBe(false);
    expect(evaluateCondition(mqlCriteria, strongLead, inbound)).toBe(true);
  });

  it('rejects an invalid address through validEmail', () => {
    expect(evaluateCondition({ field: 'email', op: 'validEmail' }, makeLead({ email: 'bob@' }), null)).toBe(false);
  });

  it('throws on an unknown operator', () => {
    const broken = { field: 'country', op: 'like', value: 'DE' } as unknown as Condition;

    expect(() => evaluateCondition(broken, lead, inbound)).toThrow('condition operator "like" is unknown');
  });
});

describe('describeCondition', () => {
  it('renders the MQL criteria', () => {
    expect(describeCondition(mqlCriteria)).toBe(
      'fit score ≥ motion fit threshold and behaviour score ≥ motion intent threshold',
    );
  });

  it.each<[Condition, string]>([
    [{ field: 'country', op: 'eq', value: 'DE' }, 'country is "DE"'],
    [{ field: 'consent', op: 'neq', value: false }, 'consent is not false'],
    [{ field: 'employeeCount', op: 'gt', value: 50 }, 'employee count > 50'],
    [{ field: 'annualRevenueUsd', op: 'lte', value: 1000000 }, 'annual revenue (USD) ≤ 1000000'],
    [
      { field: 'behaviourScore', op: 'lt', valueFrom: 'motionIntentThreshold' },
      'behaviour score < motion intent threshold',
    ],
    [{ field: 'country', op: 'in', values: ['DE', 'FR'] }, 'country is one of "DE", "FR"'],
    [{ field: 'industry', op: 'notIn', values: ['Education'] }, 'industry is none of "Education"'],
    [{ field: 'useCase', op: 'present' }, 'use case is present'],
    [{ field: 'phone', op: 'absent' }, 'phone is absent'],
    [{ field: 'email', op: 'validEmail' }, 'email is a valid e-mail address'],
    [{ all: [] }, 'always'],
    [{ any: [] }, 'never'],
    [{ not: { field: 'phone', op: 'absent' } }, 'not (phone is absent)'],
  ])('renders %p', (condition, expected) => {
    expect(describeCondition(condition)).toBe(expected);
  });

  it('brackets nested groups', () => {
    const condition: Condition = {
      any: [
        mqlCriteria,
        { all: [{ field: 'source', op: 'eq', value: 'Partner Referral' }] },
        { field: 'employeeCount', op: 'gte', value: 1000 },
      ],
    };

    expect(describeCondition(condition)).toBe(
      '(fit score ≥ motion fit threshold and behaviour score ≥ motion intent threshold)' +
        ' or source is "Partner Referral" or employee count ≥ 1000',
    );
  });
});

describe('conditionFields', () => {
  it('lists each field once in order of appearance', () => {
    const condition: Condition = {
      all: [
        { field: 'country', op: 'present' },
        {
          not: {
            any: [
              { field: 'fitScore', op: 'gt', value: 3 },
              { field: 'country', op: 'eq', value: 'DE' },
            ],
          },
        },
        { field: 'email', op: 'validEmail' },
      ],
    };

    expect(conditionFields(condition)).toEqual(['country', 'fitScore', 'email']);
  });

  it('returns nothing for an empty group', () => {
    expect(conditionFields({ all: [] })).toEqual([]);
  });
});
