import { COUNTRY_NAMES, ISO_ALPHA2_CODES } from './country-names';
import { CONSENT_REQUIRED_COUNTRIES, EMEA_COUNTRIES } from './default-countries';
import { normalizeCountry } from './normalize-country';

const englishNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

describe('normalizeCountry', () => {
  it.each<[string, string]>([
    // Codes in any case, with surrounding spaces.
    ['DE', 'DE'],
    ['de', 'DE'],
    [' fr ', 'FR'],
    ['DEU', 'DE'],
    ['deu', 'DE'],
    ['GBR', 'GB'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['u.s.', 'US'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['AR', 'AR'],
    ['zw', 'ZW'],
    // Names from the tester's report.
    ['Österreich', 'AT'],
    ['España', 'ES'],
    ['Nederland', 'NL'],
    ['England', 'GB'],
    // Case, accents, articles, punctuation and full-width letters.
    ['GERMANY', 'DE'],
    [' germany ', 'DE'],
    ['osterreich', 'AT'],
    ['ÖSTERREICH', 'AT'],
    ['Espana', 'ES'],
    ['The Netherlands', 'NL'],
    ['the netherlands', 'NL'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Bosnia-Herzegovina', 'BA'],
    ["People's Republic of China", 'CN'],
    ['People’s Republic of China', 'CN'],
    ['ＤＥ', 'DE'],
    ['Ｇｅｒｍａｎｙ', 'DE'],
    ['Türkiye', 'TR'],
    ['TÜRKİYE', 'TR'],
    ['Turkey', 'TR'],
    ['Kıbrıs', 'CY'],
    ['ΕΛΛΆΔΑ', 'GR'],
    // The United Kingdom and its constituent countries.
    ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'],
    ['Scotland', 'GB'],
    ['Wales', 'GB'],
    ['Northern Ireland', 'GB'],
    ['Ireland', 'IE'],
    // The non-EU markets the brief of the default model names.
    ['Switzerland', 'CH'],
    ['Schweiz', 'CH'],
    ['Suisse', 'CH'],
    ['Norge', 'NO'],
    ['Ísland', 'IS'],
    ['Liechtenstein', 'LI'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['Canada', 'CA'],
    ['México', 'MX'],
    ['Brasil', 'BR'],
    ['日本', 'JP'],
    ['中国', 'CN'],
    ['台灣', 'TW'],
    ['भारत', 'IN'],
    ['Australia', 'AU'],
    ['Aotearoa', 'NZ'],
    ['Singapore', 'SG'],
    ['South Africa', 'ZA'],
  ])('maps %p to %s', (value, code) => {
    expect(normalizeCountry(value)).toBe(code);
  });

  it.each<[string, string | null | undefined]>([
    ['an unknown name', 'Atlantis'],
    ['a reserved code', 'EU'],
    ['a withdrawn code', 'YU'],
    ['an unassigned code', 'XX'],
    ['a misspelling', 'Germny'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['a control character', 'DE\u0000'],
    ['null', null],
    ['undefined', undefined],
  ])('returns null for %s', (_case, value) => {
    expect(normalizeCountry(value)).toBeNull();
  });

  // A spelling listed for two countries would map one of them to the wrong code and fail here.
  it.each(COUNTRY_NAMES.map((row) => ({ alpha2: row[0], spellings: row.slice(1) })))(
    'maps every spelling of $alpha2 to $alpha2',
    ({ alpha2, spellings }) => {
      for (const spelling of spellings) {
        expect([spelling, normalizeCountry(spelling)]).toEqual([spelling, alpha2]);
        expect([spelling, normalizeCountry(spelling.toUpperCase())]).toEqual([spelling, alpha2]);
      }
    },
  );

  it.each(COUNTRY_NAMES.map((row) => ({ alpha2: row[0], names: row.slice(2) })))(
    'lists the CLDR English name of $alpha2',
    ({ alpha2, names }) => {
      const english = englishNames.of(alpha2)?.replace('&', 'and');

      expect(names).toContain(english);
    },
  );

  it('lists the 249 assigned alpha-2 codes once each', () => {
    expect(ISO_ALPHA2_CODES).toHaveLength(249);
    expect(new Set(ISO_ALPHA2_CODES).size).toBe(249);
  });

  it('knows a CLDR name for every assigned code', () => {
    expect(ISO_ALPHA2_CODES.filter((code) => englishNames.of(code) === undefined)).toEqual([]);
  });

  it('returns every assigned code unchanged', () => {
    expect(ISO_ALPHA2_CODES.filter((code) => normalizeCountry(code) !== code)).toEqual([]);
    expect(ISO_ALPHA2_CODES.filter((code) => normalizeCountry(code.toLowerCase()) !== code)).toEqual([]);
  });

  it('covers every default consent and EMEA country by name', () => {
    const named = new Set(COUNTRY_NAMES.map(([alpha2]) => alpha2));

    expect([...CONSENT_REQUIRED_COUNTRIES, ...EMEA_COUNTRIES].filter((code) => !named.has(code))).toEqual([]);
  });
});
