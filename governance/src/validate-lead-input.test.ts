import { makeLeadInput } from './lead.fixture';
import { Motion, ReasonKind, Stage, type GovernanceModel, type LeadInput, type ReasonCode } from './model';
import { toLeadAttributes, toUnscoredLead, validateLeadInput } from './validate-lead-input';

const reasonCodes: ReasonCode[] = [
  {
    code: 'NO_FIT',
    label: 'No fit',
    kinds: [ReasonKind.Reject, ReasonKind.Disqualify],
    noteRequired: false,
    active: true,
  },
  { code: 'TIMING', label: 'Timing', kinds: [ReasonKind.Recycle], noteRequired: false, active: true },
  { code: 'COMPETITOR', label: 'Competitor', kinds: [ReasonKind.Disqualify], noteRequired: true, active: true },
  { code: 'OLD', label: 'Old', kinds: [ReasonKind.Reject], noteRequired: false, active: false },
];

const model = {
  reasonCodes,
  consentRequiredCountries: ['DE', 'GERMANY', 'fr'],
} as Pick<GovernanceModel, 'reasonCodes' | 'consentRequiredCountries'> as GovernanceModel;

describe('validateLeadInput', () => {
  it('accepts a minimal valid lead', () => {
    expect(validateLeadInput(makeLeadInput(), model)).toEqual([]);
  });

  it.each<[string, Partial<LeadInput>]>([
    ['every motion', { motion: Motion.AccountBased }],
    ['zero employees and revenue', { employeeCount: 0, annualRevenueUsd: 0 }],
    ['scores at the bounds', { behaviourScore: 100 }],
    ['consent given in Germany', { country: ' germany ', consent: true }],
    ['a country without consent rules', { country: 'US', consent: null }],
    ['an arrival time', { arrivedAt: '2026-03-02T09:30:00+01:00' }],
    ['a rejected import', { stage: Stage.Rejected, reasonCode: 'NO_FIT' }],
    ['a recycled import', { stage: Stage.Recycled, reasonCode: 'TIMING' }],
    ['a disqualified import with note', { stage: Stage.Disqualified, reasonCode: 'COMPETITOR', note: 'Acme' }],
  ])('accepts %s', (_case, overrides) => {
    expect(validateLeadInput(makeLeadInput(overrides), model)).toEqual([]);
  });

  it.each<[string, Partial<LeadInput>, string, string]>([
    [
      'missing email',
      { email: null },
      'email',
      "email is missing; send the contact's e-mail address, such as name@example.com",
    ],
    [
      'empty email',
      { email: '' },
      'email',
      "email is missing; send the contact's e-mail address, such as name@example.com",
    ],
    [
      'invalid email',
      { email: 'bob@' },
      'email',
      'email "bob@" is not a valid e-mail address; send an address such as name@example.com',
    ],
    [
      'missing source',
      { source: null },
      'source',
      'source is missing; send where the lead came from, such as "Web", "Partner Referral" or "Purchased List"',
    ],
    [
      'blank source',
      { source: '  ' },
      'source',
      'source is missing; send where the lead came from, such as "Web", "Partner Referral" or "Purchased List"',
    ],
    [
      'unknown motion',
      { motion: 'EVENT' as Motion },
      'motion',
      'motion "EVENT" is not a known motion; send one of INBOUND, OUTBOUND, PARTNER, PRODUCT_LED, ACCOUNT_BASED, or leave it empty for INBOUND',
    ],
    [
      'negative employees',
      { employeeCount: -1 },
      'employeeCount',
      'employeeCount -1 is not a whole number of 0 or more; send the number of employees, such as 250',
    ],
    [
      'fractional employees',
      { employeeCount: 2.5 },
      'employeeCount',
      'employeeCount 2.5 is not a whole number of 0 or more; send the number of employees, such as 250',
    ],
    [
      'fractional revenue',
      { annualRevenueUsd: 10.5 },
      'annualRevenueUsd',
      'annualRevenueUsd 10.5 is not a whole number of 0 or more; send whole US dollars, such as 5000000',
    ],
    [
      'infinite revenue',
      { annualRevenueUsd: Infinity },
      'annualRevenueUsd',
      'annualRevenueUsd Infinity is not a whole number of 0 or more; send whole US dollars, such as 5000000',
    ],
    [
      'score above 100',
      { behaviourScore: 101 },
      'behaviourScore',
      'behaviourScore 101 is outside 0 to 100; send points from 0 to 100, or leave it empty',
    ],
    [
      'negative score',
      { behaviourScore: -1 },
      'behaviourScore',
      'behaviourScore -1 is outside 0 to 100; send points from 0 to 100, or leave it empty',
    ],
    [
      'no consent in DE',
      { country: 'de', consent: null },
      'consent',
      'consent is required for leads in country "de"; capture the contact\'s consent, then set consent to true',
    ],
    [
      'refused consent in France',
      { country: 'FR', consent: false },
      'consent',
      'consent is required for leads in country "FR"; capture the contact\'s consent, then set consent to true',
    ],
    [
      'bad arrival time',
      { arrivedAt: 'yesterday' },
      'arrivedAt',
      'arrivedAt "yesterday" is not an ISO 8601 date-time; send a value such as 2026-03-02T09:30:00Z',
    ],
    [
      'open stage',
      { stage: Stage.Sal, reasonCode: 'NO_FIT' },
      'stage',
      'stage "SAL" cannot be imported; send REJECTED, DISQUALIFIED or RECYCLED for a closed lead, or leave stage empty for a new lead',
    ],
    [
      'reason without stage',
      { reasonCode: 'NO_FIT' },
      'reasonCode',
      'reasonCode "NO_FIT" was sent without a stage; send stage REJECTED, DISQUALIFIED or RECYCLED with it, or leave reasonCode empty',
    ],
    [
      'stage without reason',
      { stage: Stage.Rejected },
      'reasonCode',
      'reasonCode is missing; a lead imported in stage REJECTED needs a reason code, so send one of the active REJECT codes: NO_FIT',
    ],
    [
      'retired reason',
      { stage: Stage.Rejected, reasonCode: 'OLD' },
      'reasonCode',
      'reasonCode "OLD" is retired; send one of the active REJECT codes: NO_FIT',
    ],
    [
      'reason of another kind',
      { stage: Stage.Recycled, reasonCode: 'NO_FIT' },
      'reasonCode',
      'reasonCode "NO_FIT" does not allow RECYCLE; send one of the active RECYCLE codes: TIMING',
    ],
    [
      'missing required note',
      { stage: Stage.Disqualified, reasonCode: 'COMPETITOR' },
      'note',
      'note is missing; reason code COMPETITOR requires a note, so add one that explains the choice',
    ],
  ])('rejects %s', (_case, overrides, field, message) => {
    const problems = validateLeadInput(makeLeadInput(overrides), model);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toBe(message);
  });

  it('reports every problem at once with the values received', () => {
    const problems = validateLeadInput(makeLeadInput({ email: 'x', source: null, employeeCount: -4 }), model);

    expect(problems.map((problem) => [problem.field, problem.value])).toEqual([
      ['email', 'x'],
      ['source', null],
      ['employeeCount', -4],
    ]);
  });
});

describe('toLeadAttributes', () => {
  it('normalizes email and defaults motion', () => {
    const lead = toLeadAttributes(makeLeadInput({ email: 'Ada.L+x@Example.COM', country: 'DE' }), { fitScore: 35 });

    expect(lead.email).toBe('ada.l+x@example.com');
    expect(lead.motion).toBe(Motion.Inbound);
    expect(lead.country).toBe('DE');
    expect(lead.fitScore).toBe(35);
    expect(lead.behaviourScore).toBe(0);
  });

  it('takes the behaviour score from input or scores', () => {
    const input = makeLeadInput({ behaviourScore: 42, motion: Motion.Partner });

    expect(toLeadAttributes(input, { fitScore: 0 }).behaviourScore).toBe(42);
    expect(toLeadAttributes(input, { fitScore: 0, behaviourScore: 7 }).behaviourScore).toBe(7);
    expect(toLeadAttributes(input, { fitScore: 0 }).motion).toBe(Motion.Partner);
  });

  it('drops input-only fields', () => {
    const lead = toUnscoredLead(makeLeadInput({ stage: Stage.Rejected, sourceStatus: 'Open', note: 'n' }));

    expect(lead).not.toHaveProperty('stage');
    expect(lead).not.toHaveProperty('sourceStatus');
    expect(lead).not.toHaveProperty('note');
    expect(lead).not.toHaveProperty('fitScore');
  });
});
