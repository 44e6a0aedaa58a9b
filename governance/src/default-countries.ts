// ISO 3166-1 alpha-2 codes only: consent checks and country conditions compare through
// `normalizeCountry`, so "Germany", "Deutschland" and "DEU" all match "DE".

const EU_AND_EEA: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
];

const UK_AND_SWITZERLAND: readonly string[] = ['GB', 'CH'];

const OTHER_EMEA: readonly string[] = [
  'AL',
  'BA',
  'ME',
  'MK',
  'RS',
  'UA',
  'MD',
  'TR',
  'AE',
  'SA',
  'IL',
  'QA',
  'KW',
  'BH',
  'OM',
  'JO',
  'EG',
  'MA',
  'TN',
  'NG',
  'GH',
  'KE',
  'ZA',
];

/**
 * Countries where the default model requires captured consent: the EU and EEA members, where the GDPR
 * applies, plus the United Kingdom and Switzerland, which have comparable laws (UK GDPR, Swiss FADP).
 */
export const CONSENT_REQUIRED_COUNTRIES: readonly string[] = [...EU_AND_EEA, ...UK_AND_SWITZERLAND];

/** Countries that the default routing sends to the EMEA pool. */
export const EMEA_COUNTRIES: readonly string[] = [...EU_AND_EEA, ...UK_AND_SWITZERLAND, ...OTHER_EMEA];
