import {
  parseEnumValue,
  parseScore,
  parseUsdAmount,
  parseWholeNumber,
  parseYesNo,
  type ParsedValue,
} from './parse-field-value';

function valueOf<T>(parsed: ParsedValue<T>): T | undefined {
  return parsed.ok ? parsed.value : undefined;
}

describe('parseWholeNumber', () => {
  it.each([
    ['250', 250],
    ['0', 0],
    ['1,000,000', 1_000_000],
    ['1000000.00', 1_000_000],
    ['12,500.0', 12_500],
  ])('parseWholeNumber reads %j as %d', (text, value) => {
    expect(valueOf(parseWholeNumber(text))).toBe(value);
  });

  it.each(['lots', '250.5', '-5', '1,00', '1,000,00', '12 500', '1e3', '99999999999999999999'])(
    'parseWholeNumber rejects %j',
    (text) => {
      expect(parseWholeNumber(text)).toEqual({
        ok: false,
        reason: 'is not a whole number; write digits only, such as 250',
      });
    },
  );
});

describe('parseUsdAmount', () => {
  it.each([
    ['900750000', 900_750_000],
    ['1,000,000', 1_000_000],
    ['1000000.00', 1_000_000],
    ['1500000.49', 1_500_000],
    ['1500000.50', 1_500_001],
    ['$ 2,000', 2000],
    ['$2000', 2000],
  ])('parseUsdAmount reads %j as %d', (text, value) => {
    expect(valueOf(parseUsdAmount(text))).toBe(value);
  });

  it.each(['$2.5M', '€1000', '1.000.000,00', 'n/a', '-100'])('parseUsdAmount rejects %j', (text) => {
    expect(parseUsdAmount(text)).toEqual({
      ok: false,
      reason: 'is not an amount in US dollars; write digits only, such as 1500000 or 1,500,000.00',
    });
  });
});

describe('parseYesNo', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['Yes', true],
    ['1', true],
    ['false', false],
    ['no', false],
    ['0', false],
  ])('parseYesNo reads %j as %s', (text, value) => {
    expect(valueOf(parseYesNo(text))).toBe(value);
  });

  it.each(['y', 'maybe', '2'])('parseYesNo rejects %j', (text) => {
    expect(parseYesNo(text)).toEqual({
      ok: false,
      reason: 'is not a yes or no value; write true, false, yes, no, 1 or 0',
    });
  });
});

describe('parseScore', () => {
  it.each([
    ['75', 75],
    ['72.5', 72.5],
    ['-12', -12],
    ['135', 135],
  ])('parseScore reads %j as %d', (text, value) => {
    expect(valueOf(parseScore(text))).toBe(value);
  });

  it('parseScore rejects words', () => {
    expect(parseScore('high')).toEqual({
      ok: false,
      reason: 'is not a number; write a score from 0 to 100, such as 75',
    });
  });
});

describe('parseEnumValue', () => {
  const parseColour = parseEnumValue(['RED', 'DEEP_BLUE'] as const, 'a colour');

  it.each([
    ['RED', 'RED'],
    ['red', 'RED'],
    ['deep-blue', 'DEEP_BLUE'],
    ['Deep Blue', 'DEEP_BLUE'],
  ])('parseEnumValue reads %j as %j', (text, value) => {
    expect(valueOf(parseColour(text))).toBe(value);
  });

  it('parseEnumValue lists the allowed values', () => {
    expect(parseColour('green')).toEqual({ ok: false, reason: 'is not a colour; use one of RED, DEEP_BLUE' });
  });
});
