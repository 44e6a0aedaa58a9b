import { describeField, findMissingFields, isLeadField, isValuePresent } from './lead-field';
import { LEAD_FIELDS } from './model';

describe('isValuePresent', () => {
  it.each([
    [null, false],
    [undefined, false],
    ['', false],
    ['   ', false],
    ['x', true],
    [0, true],
    [false, true],
  ])('returns %p ⇒ %p', (value, expected) => {
    expect(isValuePresent(value)).toBe(expected);
  });
});

describe('findMissingFields', () => {
  it('lists absent fields in the order asked', () => {
    const lead = { industry: '', country: 'DE', title: null, employeeCount: 0 };

    expect(findMissingFields(lead, ['title', 'country', 'industry', 'employeeCount'])).toEqual(['title', 'industry']);
  });
});

describe('describeField', () => {
  it('gives words for every lead field', () => {
    for (const field of LEAD_FIELDS) {
      expect(describeField(field)).toMatch(/^[a-z][a-z ()A-Z]+$/);
    }
    expect(describeField('fitScore')).toBe('fit score');
  });
});

describe('isLeadField', () => {
  it('accepts model fields only', () => {
    expect(isLeadField('behaviourScore')).toBe(true);
    expect(isLeadField('salary')).toBe(false);
    expect(isLeadField(3)).toBe(false);
  });
});
