import { COUNTRY_NAMES, ISO_ALPHA2_CODES } from './country-names';

/**
 * Folds a country spelling to a lookup key, so that case, accents, full-width letters, dots and
 * punctuation do not matter: "Österreich", "OSTERREICH" and "ｏｓｔｅｒｒｅｉｃｈ" share a key, "U.S.A." reads
 * "USA", "&" reads "and", and a leading "the" is dropped.
 */
function toCountryKey(value: string): string {
  const key = value
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/\./g, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

  return key.startsWith('THE ') ? key.slice('THE '.length) : key;
}

function buildCountryLookup(): ReadonlyMap<string, string> {
  const lookup = new Map<string, string>(ISO_ALPHA2_CODES.map((code) => [code, code]));

  for (const [alpha2, ...spellings] of COUNTRY_NAMES) {
    for (const spelling of spellings) {
      lookup.set(toCountryKey(spelling), alpha2);
    }
  }

  return lookup;
}

const COUNTRY_LOOKUP = buildCountryLookup();

/**
 * Returns the ISO 3166-1 alpha-2 code for a country given as an alpha-2 code, an alpha-3 code, or an
 * English or native name, ignoring case, accents and punctuation. Returns null for a value it does
 * not recognise, including an empty one. Every assigned alpha-2 code is recognised, but alpha-3 codes
 * and names only for the countries in `COUNTRY_NAMES`.
 */
export function normalizeCountry(value: string | null | undefined): string | null {
  if (typeof value !== 'string') {
    return null;
  }

  // Codes as the default model stores them are already keys, so routing skips the folding for them.
  return COUNTRY_LOOKUP.get(value) ?? COUNTRY_LOOKUP.get(toCountryKey(value)) ?? null;
}
