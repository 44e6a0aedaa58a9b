import {
  ECHOED_PREFIX_LENGTH,
  LEAD_TEXT_LIMITS,
  checkLeadText,
  checkLeadTexts,
  mergeTextProblems,
  type LeadTextField,
} from './check-lead-text';

const FIELDS = Object.keys(LEAD_TEXT_LIMITS) as LeadTextField[];

describe('LEAD_TEXT_LIMITS', () => {
  it.each<[LeadTextField, number]>([
    ['email', 254],
    ['firstName', 200],
    ['lastName', 200],
    ['title', 200],
    ['phone', 200],
    ['company', 200],
    ['companyDomain', 200],
    ['industry', 200],
    ['country', 200],
    ['region', 200],
    ['city', 200],
    ['source', 200],
    ['useCase', 2000],
    ['sourceStatus', 200],
    ['reasonCode', 200],
    ['note', 2000],
  ])('caps %s at %i characters', (field, limit) => {
    expect(LEAD_TEXT_LIMITS[field]).toBe(limit);
  });
});

describe('checkLeadText', () => {
  it.each(FIELDS)('accepts %s at its limit', (field) => {
    expect(checkLeadText(field, 'a'.repeat(LEAD_TEXT_LIMITS[field]))).toEqual([]);
  });

  it.each(FIELDS.map((field) => [field, LEAD_TEXT_LIMITS[field]] as const))('rejects %s one character over %i', (field, limit) => {
    const value = 'a'.repeat(limit + 1);

    expect(checkLeadText(field, value)).toEqual([
      {
        field,
        value: `${'a'.repeat(ECHOED_PREFIX_LENGTH)}…`,
        message: `${field} is ${limit + 1} characters long, more than the maximum of ${limit}; shorten it to ${limit} characters or fewer`,
      },
    ]);
  });

  it('rejects a 3 MB first name with its length', () => {
    const [problem] = checkLeadText('firstName', 'x'.repeat(3 * 1024 * 1024));

    expect(problem?.field).toBe('firstName');
    expect(problem?.message).toBe(
      'firstName is 3145728 characters long, more than the maximum of 200; shorten it to 200 characters or fewer',
    );
  });

  it('counts characters outside the Basic Multilingual Plane once', () => {
    const emoji = '😀'.repeat(200);

    expect(emoji).toHaveLength(400);
    expect(checkLeadText('firstName', emoji)).toEqual([]);
    expect(checkLeadText('firstName', `${emoji}😀`)[0]?.message).toBe(
      'firstName is 201 characters long, more than the maximum of 200; shorten it to 200 characters or fewer',
    );
  });

  it.each<[string, LeadTextField, string, string]>([
    ['NUL in a name', 'firstName', 'A\u0000a', 'firstName contains a control character (U+0000) at position 2; remove it'],
    ['NUL at the start', 'company', '\u0000Acme', 'company contains a control character (U+0000) at position 1; remove it'],
    ['bell in a title', 'title', 'CTO\u0007', 'title contains a control character (U+0007) at position 4; remove it'],
    ['escape in a city', 'city', 'Ber\u001Blin', 'city contains a control character (U+001B) at position 4; remove it'],
    ['unit separator', 'region', 'EU\u001F', 'region contains a control character (U+001F) at position 3; remove it'],
    ['tab in a name', 'lastName', 'Love\tlace', 'lastName contains a control character (U+0009) at position 5; remove it'],
    ['line feed in a company', 'company', 'Acme\nLtd', 'company contains a control character (U+000A) at position 5; remove it'],
    ['carriage return in a phone', 'phone', '+49\r1', 'phone contains a control character (U+000D) at position 4; remove it'],
    ['tab in an email', 'email', 'a\t@example.com', 'email contains a control character (U+0009) at position 2; remove it'],
    ['NUL in a country', 'country', 'DE\u0000', 'country contains a control character (U+0000) at position 3; remove it'],
    ['NUL in a source status', 'sourceStatus', '\u0000', 'sourceStatus contains a control character (U+0000) at position 1; remove it'],
    ['NUL in a reason code', 'reasonCode', 'SPAM\u0000', 'reasonCode contains a control character (U+0000) at position 5; remove it'],
    ['NUL in a use case', 'useCase', 'Fleet\u0000', 'useCase contains a control character (U+0000) at position 6; remove it'],
    ['vertical tab in a note', 'note', 'a\u000Bb', 'note contains a control character (U+000B) at position 2; remove it'],
    ['form feed in a note', 'note', 'a\u000Cb', 'note contains a control character (U+000C) at position 2; remove it'],
    ['NUL after an emoji', 'note', '😀\u0000', 'note contains a control character (U+0000) at position 2; remove it'],
  ])('rejects %s', (_case, field, value, message) => {
    const problems = checkLeadText(field, value);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.value).toBe(value);
    expect(problems[0]?.message).toBe(message);
  });

  it.each<[string, LeadTextField, string]>([
    ['tab in a use case', 'useCase', 'Fleet\ttracking'],
    ['line breaks in a use case', 'useCase', 'Fleet tracking\r\nfor 40 trucks\n'],
    ['line breaks in a note', 'note', 'Chose Acme.\nRevisit in Q3.'],
    ['DEL, which is not a C0 character', 'firstName', 'Ada\u007F'],
    ['accents and scripts', 'company', 'Société Générale 株式会社'],
    ['an empty string', 'title', ''],
  ])('accepts %s', (_case, field, value) => {
    expect(checkLeadText(field, value)).toEqual([]);
  });

  it.each([null, undefined])('accepts %p', (value) => {
    expect(checkLeadText('note', value)).toEqual([]);
  });

  it('reports the length before a control character', () => {
    const [problem] = checkLeadText('city', `\u0000${'a'.repeat(200)}`);

    expect(problem?.message).toBe('city is 201 characters long, more than the maximum of 200; shorten it to 200 characters or fewer');
  });
});

describe('checkLeadTexts', () => {
  it('checks every given field in limit order', () => {
    const problems = checkLeadTexts({ note: 'n'.repeat(2001), firstName: 'A\u0000', city: 'Berlin', email: null });

    expect(problems.map((problem) => problem.field)).toEqual(['firstName', 'note']);
  });
});

describe('mergeTextProblems', () => {
  it('drops rule problems on fields with a text problem', () => {
    const text = [{ field: 'email', value: 'a\u0000', message: 'control' }];
    const rules = [
      { field: 'email', value: 'a\u0000', message: 'invalid' },
      { field: 'source', value: null, message: 'missing' },
    ];

    expect(mergeTextProblems(text, rules).map((problem) => problem.message)).toEqual(['control', 'missing']);
  });
});
