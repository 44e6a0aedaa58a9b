import { LEAD_TEXT_LIMITS, type LeadTextField } from './check-lead-text';
import { CONSENT_REQUIRED_COUNTRIES } from './default-countries';
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

const defaultConsentModel = { ...model, consentRequiredCountries: [...CONSENT_REQUIRED_COUNTRIES] };

/** Text fields of a submission; `reasonCode` and `note` are checked with a closed stage. */
const LEAD_INPUT_TEXT_FIELDS = (Object.keys(LEAD_TEXT_LIMITS) as LeadTextField[]).filter(
  (field) => field !== 'reasonCode' && field !== 'note',
);

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

  it.each(LEAD_INPUT_TEXT_FIELDS)('accepts %s at its length limit', (field) => {
    const value = field === 'email' ? `${'a'.repeat(242)}@example.com` : 'a'.repeat(LEAD_TEXT_LIMITS[field]);

    expect(validateLeadInput(makeLeadInput({ [field]: value }), model)).toEqual([]);
  });

  it.each(LEAD_INPUT_TEXT_FIELDS.map((field) => [field, LEAD_TEXT_LIMITS[field]] as const))(
    'rejects %s over %i characters',
    (field, limit) => {
      const value = field === 'email' ? `${'a'.repeat(243)}@example.com` : 'a'.repeat(limit + 1);
      const problems = validateLeadInput(makeLeadInput({ [field]: value }), model);

      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe(field);
      expect(problems[0]?.message).toBe(
        `${field} is ${limit + 1} characters long, more than the maximum of ${limit}; shorten it to ${limit} characters or fewer`,
      );
    },
  );

  it.each(LEAD_INPUT_TEXT_FIELDS)('rejects NUL in %s', (field) => {
    const value = field === 'email' ? 'a\u0000@example.com' : 'a\u0000';
    const problems = validateLeadInput(makeLeadInput({ [field]: value }), model);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toBe(`${field} contains a control character (U+0000) at position 2; remove it`);
  });

  it.each<[string, Partial<LeadInput>, string, string]>([
    [
      'a 3 MB first name',
      { firstName: 'x'.repeat(3 * 1024 * 1024) },
      'firstName',
      'firstName is 3145728 characters long, more than the maximum of 200; shorten it to 200 characters or fewer',
    ],
    [
      'a use case over 2,000 characters',
      { useCase: 'u'.repeat(2001) },
      'useCase',
      'useCase is 2001 characters long, more than the maximum of 2000; shorten it to 2000 characters or fewer',
    ],
    [
      'a note over 2,000 characters',
      { stage: Stage.Rejected, reasonCode: 'NO_FIT', note: 'n'.repeat(2001) },
      'note',
      'note is 2001 characters long, more than the maximum of 2000; shorten it to 2000 characters or fewer',
    ],
    [
      'NUL in a first name',
      { firstName: 'A\u0000a' },
      'firstName',
      'firstName contains a control character (U+0000) at position 2; remove it',
    ],
    [
      'a tab in a company',
      { company: 'Acme\tLtd' },
      'company',
      'company contains a control character (U+0009) at position 5; remove it',
    ],
    [
      'a vertical tab in a use case',
      { useCase: 'Fleet\u000Btracking' },
      'useCase',
      'useCase contains a control character (U+000B) at position 6; remove it',
    ],
    [
      'NUL in an import note',
      { stage: Stage.Rejected, reasonCode: 'NO_FIT', note: 'ok\u0000' },
      'note',
      'note contains a control character (U+0000) at position 3; remove it',
    ],
    [
      'NUL in an import reason code',
      { stage: Stage.Rejected, reasonCode: 'NO_FIT\u0000' },
      'reasonCode',
      'reasonCode contains a control character (U+0000) at position 7; remove it',
    ],
    [
      'a zero-width space in an email',
      { email: 'ada\u200B@example.com' },
      'email',
      'email contains an invisible character (U+200B) at position 4; remove it',
    ],
    [
      'a right-to-left override in an email',
      { email: '\u202Eada@example.com' },
      'email',
      'email contains an invisible character (U+202E) at position 1; remove it',
    ],
    [
      'markup in an email',
      { email: '"><script>alert(1)</script>@x.com' },
      'email',
      'email ""><script>alert(1)</script>@x.com" is not a valid e-mail address; send an address such as name@example.com',
    ],
    [
      'hyphen labels in an email',
      { email: 'a@-.-' },
      'email',
      'email "a@-.-" is not a valid e-mail address; send an address such as name@example.com',
    ],
  ])('rejects %s', (_case, overrides, field, message) => {
    const problems = validateLeadInput(makeLeadInput(overrides), model);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toBe(message);
  });

  it.each<[string, Partial<LeadInput>]>([
    ['line breaks and tabs in a use case', { useCase: 'Fleet tracking\r\n\tfor 40 trucks' }],
    ['line breaks in an import note', { stage: Stage.Rejected, reasonCode: 'NO_FIT', note: 'Chose Acme.\nRevisit.' }],
    ['a note of 2,000 characters', { stage: Stage.Rejected, reasonCode: 'NO_FIT', note: 'n'.repeat(2000) }],
    ['a Unicode address', { email: 'jürgen@müller.de' }],
  ])('accepts %s', (_case, overrides) => {
    expect(validateLeadInput(makeLeadInput(overrides), model)).toEqual([]);
  });

  it('reports text problems before rule problems', () => {
    const problems = validateLeadInput(makeLeadInput({ email: 'x', source: null, city: 'B\u0000' }), model);

    expect(problems.map((problem) => problem.field)).toEqual(['city', 'email', 'source']);
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

describe('validateLeadInput consent by country', () => {
  it.each(['DE', 'DEU', 'Germany', 'Deutschland', 'Österreich', 'España', 'Nederland', 'England', 'UK', 'Schweiz', 'Norge'])(
    'requires consent for %p',
    (country) => {
      const problems = validateLeadInput(makeLeadInput({ country, consent: null }), defaultConsentModel);

      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe('consent');
      expect(problems[0]?.message).toBe(
        `consent is required for leads in country "${country}"; capture the contact's consent, then set consent to true`,
      );
    },
  );

  it.each<[string, Partial<LeadInput>]>([
    ['consent given in Österreich', { country: 'Österreich', consent: true }],
    ['a country outside the list', { country: 'USA', consent: null }],
    ['a country name outside the list', { country: 'Japan', consent: false }],
    ['an unknown country', { country: 'Atlantis', consent: null }],
    ['a misspelt country', { country: 'Germny', consent: null }],
    ['no country', { country: null, consent: null }],
  ])('accepts %s', (_case, overrides) => {
    expect(validateLeadInput(makeLeadInput(overrides), defaultConsentModel)).toEqual([]);
  });

  it('matches consent entries stored as names', () => {
    const namedModel = { ...model, consentRequiredCountries: ['GERMANY'] };
    const problems = validateLeadInput(makeLeadInput({ country: 'DEU', consent: null }), namedModel);

    expect(problems.map((problem) => problem.field)).toEqual(['consent']);
  });
});

describe('validateLeadInput arrivedAt range', () => {
  const now = '2026-03-02T09:30:00Z';

  it.each<[string, string, string | undefined]>([
    ['the earliest allowed time', '2000-01-01T00:00:00Z', now],
    ['the earliest time in another offset', '2000-01-01T01:00:00+01:00', now],
    ['a date without time', '2024-06-30', now],
    ['now', now, now],
    ['one day after now', '2026-03-03T09:30:00Z', now],
    ['a far future time without now', '2999-01-01T00:00:00Z', undefined],
  ])('accepts %s', (_case, arrivedAt, currentTime) => {
    const options = currentTime === undefined ? {} : { now: currentTime };

    expect(validateLeadInput(makeLeadInput({ arrivedAt }), model, options)).toEqual([]);
  });

  it.each<[string, string, string | undefined, string]>([
    [
      'year 0001',
      '0001-01-01T00:00:00Z',
      now,
      'arrivedAt "0001-01-01T00:00:00Z" is outside the allowed range, from 2000-01-01T00:00:00Z to 2026-03-03T09:30:00Z, one day after now; send the time the lead first arrived in the source system',
    ],
    [
      'just before 2000',
      '1999-12-31T23:59:59Z',
      now,
      'arrivedAt "1999-12-31T23:59:59Z" is outside the allowed range, from 2000-01-01T00:00:00Z to 2026-03-03T09:30:00Z, one day after now; send the time the lead first arrived in the source system',
    ],
    [
      'year 2999',
      '2999-01-01T00:00:00Z',
      now,
      'arrivedAt "2999-01-01T00:00:00Z" is outside the allowed range, from 2000-01-01T00:00:00Z to 2026-03-03T09:30:00Z, one day after now; send the time the lead first arrived in the source system',
    ],
    [
      'a second past the tolerance',
      '2026-03-03T09:30:01Z',
      now,
      'arrivedAt "2026-03-03T09:30:01Z" is outside the allowed range, from 2000-01-01T00:00:00Z to 2026-03-03T09:30:00Z, one day after now; send the time the lead first arrived in the source system',
    ],
    [
      'a time past the tolerance in another offset',
      '2026-03-03T12:00:00+02:00',
      '2026-03-02T09:30:00+01:00',
      'arrivedAt "2026-03-03T12:00:00+02:00" is outside the allowed range, from 2000-01-01T00:00:00Z to 2026-03-03T08:30:00Z, one day after now; send the time the lead first arrived in the source system',
    ],
    [
      'year 0001 without now',
      '0001-01-01T00:00:00Z',
      undefined,
      'arrivedAt "0001-01-01T00:00:00Z" is outside the allowed range, 2000-01-01T00:00:00Z or later; send the time the lead first arrived in the source system',
    ],
  ])('rejects %s', (_case, arrivedAt, currentTime, message) => {
    const options = currentTime === undefined ? {} : { now: currentTime };
    const problems = validateLeadInput(makeLeadInput({ arrivedAt }), model, options);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('arrivedAt');
    expect(problems[0]?.value).toBe(arrivedAt);
    expect(problems[0]?.message).toBe(message);
  });

  it('throws when now is not a date-time', () => {
    expect(() => validateLeadInput(makeLeadInput(), model, { now: 'today' })).toThrow(
      'validateLeadInput option now "today" is not an ISO 8601 date-time; pass the current time, such as 2026-03-02T09:30:00Z',
    );
  });
});

describe('toLeadAttributes', () => {
  it('normalizes a full-width domain and zero-width characters in email', () => {
    const lead = toLeadAttributes(makeLeadInput({ email: 'Ada\u200B@ＥＸＡＭＰＬＥ.com' }), { fitScore: 0 });

    expect(lead.email).toBe('ada@example.com');
  });

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
