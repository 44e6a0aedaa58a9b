/** Each country as its ISO 3166-1 alpha-2 code followed by the common English names imports use. */
type CountryNames = readonly [string, ...string[]];

const EU_AND_EEA: readonly CountryNames[] = [
  ['AT', 'AUSTRIA'],
  ['BE', 'BELGIUM'],
  ['BG', 'BULGARIA'],
  ['HR', 'CROATIA'],
  ['CY', 'CYPRUS'],
  ['CZ', 'CZECHIA', 'CZECH REPUBLIC'],
  ['DK', 'DENMARK'],
  ['EE', 'ESTONIA'],
  ['FI', 'FINLAND'],
  ['FR', 'FRANCE'],
  ['DE', 'GERMANY', 'DEUTSCHLAND'],
  ['GR', 'GREECE'],
  ['HU', 'HUNGARY'],
  ['IE', 'IRELAND'],
  ['IT', 'ITALY'],
  ['LV', 'LATVIA'],
  ['LT', 'LITHUANIA'],
  ['LU', 'LUXEMBOURG'],
  ['MT', 'MALTA'],
  ['NL', 'NETHERLANDS', 'THE NETHERLANDS'],
  ['PL', 'POLAND'],
  ['PT', 'PORTUGAL'],
  ['RO', 'ROMANIA'],
  ['SK', 'SLOVAKIA'],
  ['SI', 'SLOVENIA'],
  ['ES', 'SPAIN'],
  ['SE', 'SWEDEN'],
  ['IS', 'ICELAND'],
  ['LI', 'LIECHTENSTEIN'],
  ['NO', 'NORWAY'],
];

const UK_AND_SWITZERLAND: readonly CountryNames[] = [
  ['GB', 'UNITED KINGDOM', 'UK', 'GREAT BRITAIN'],
  ['CH', 'SWITZERLAND'],
];

const OTHER_EMEA: readonly CountryNames[] = [
  ['AL', 'ALBANIA'],
  ['BA', 'BOSNIA AND HERZEGOVINA'],
  ['ME', 'MONTENEGRO'],
  ['MK', 'NORTH MACEDONIA'],
  ['RS', 'SERBIA'],
  ['UA', 'UKRAINE'],
  ['MD', 'MOLDOVA'],
  ['TR', 'TURKEY', 'TÜRKIYE'],
  ['AE', 'UNITED ARAB EMIRATES', 'UAE'],
  ['SA', 'SAUDI ARABIA'],
  ['IL', 'ISRAEL'],
  ['QA', 'QATAR'],
  ['KW', 'KUWAIT'],
  ['BH', 'BAHRAIN'],
  ['OM', 'OMAN'],
  ['JO', 'JORDAN'],
  ['EG', 'EGYPT'],
  ['MA', 'MOROCCO'],
  ['TN', 'TUNISIA'],
  ['NG', 'NIGERIA'],
  ['GH', 'GHANA'],
  ['KE', 'KENYA'],
  ['ZA', 'SOUTH AFRICA'],
];

/**
 * Countries where the default model requires captured consent: the EU and EEA members, where the GDPR
 * applies, plus the United Kingdom and Switzerland, which have comparable laws (UK GDPR, Swiss FADP).
 */
export const CONSENT_REQUIRED_COUNTRIES: readonly string[] = [...EU_AND_EEA, ...UK_AND_SWITZERLAND].flat();

/** Countries that the default routing sends to the EMEA pool. */
export const EMEA_COUNTRIES: readonly string[] = [...EU_AND_EEA, ...UK_AND_SWITZERLAND, ...OTHER_EMEA].flat();
