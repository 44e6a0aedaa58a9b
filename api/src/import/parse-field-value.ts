/**
 * The outcome of reading one trimmed, non-empty cell. `reason` continues a sentence that starts with
 * the column name and the value, as in `NUMBEROFEMPLOYEES "lots" is not a whole number; …`.
 */
export type ParsedValue<T> = { ok: true; value: T } | { ok: false; reason: string };

export type ValueParser<T> = (text: string) => ParsedValue<T>;

/** Digits with optional thousands commas and an optional decimal part: `1,000,000` or `1000000.00`. */
const DECIMAL_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const SIGNED_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

export const parseText: ValueParser<string> = (text) => ({ ok: true, value: text });

/** Accepts `250`, `1,200` and `250.00`, but rejects a non-zero fraction. */
export const parseWholeNumber: ValueParser<number> = (text) => {
  const match = DECIMAL_NUMBER.exec(text);
  const fraction = match?.[2] ?? '';
  const value = match === null ? NaN : Number((match[1] ?? '').replaceAll(',', ''));

  if (!Number.isSafeInteger(value) || /[^0]/.test(fraction)) {
    return { ok: false, reason: 'is not a whole number; write digits only, such as 250' };
  }

  return { ok: true, value };
};

/** Accepts `1,000,000`, `1000000.00` and a leading `$`, rounded to whole dollars. */
export const parseUsdAmount: ValueParser<number> = (text) => {
  const digits = text.replace(/^\$\s*/, '');
  const match = DECIMAL_NUMBER.exec(digits);
  const value = match === null ? NaN : Math.round(Number(digits.replaceAll(',', '')));

  if (!Number.isSafeInteger(value)) {
    return {
      ok: false,
      reason: 'is not an amount in US dollars; write digits only, such as 1500000 or 1,500,000.00',
    };
  }

  return { ok: true, value };
};

/** Accepts a plain decimal number. The range 0 to 100 is a business rule, so validation checks it. */
export const parseScore: ValueParser<number> = (text) => {
  if (!SIGNED_NUMBER.test(text)) {
    return { ok: false, reason: 'is not a number; write a score from 0 to 100, such as 75' };
  }

  return { ok: true, value: Number(text) };
};

export const parseYesNo: ValueParser<boolean> = (text) => {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) {
    return { ok: true, value: true };
  }

  if (FALSE_WORDS.has(word)) {
    return { ok: true, value: false };
  }

  return { ok: false, reason: 'is not a yes or no value; write true, false, yes, no, 1 or 0' };
};

/**
 * Builds a parser for a string enum. Matching ignores case and reads spaces and hyphens as
 * underscores, so `product-led` finds `PRODUCT_LED`.
 */
export function parseEnumValue<T extends string>(values: readonly T[], noun: string): ValueParser<T> {
  return (text) => {
    const key = text.toUpperCase().replace(/[\s-]+/g, '_');
    const value = values.find((candidate) => candidate === key);

    if (value === undefined) {
      return { ok: false, reason: `is not ${noun}; use one of ${values.join(', ')}` };
    }

    return { ok: true, value };
  };
}
