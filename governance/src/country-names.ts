/** A country as its ISO 3166-1 alpha-2 code, its alpha-3 code, then the names that forms and imports use. */
export type CountryNames = readonly [alpha2: string, alpha3: string, ...names: string[]];

/**
 * The 249 alpha-2 codes that ISO 3166-1 officially assigns. Reserved codes such as `UK`, `EU` and
 * `XK` are left out, and so are withdrawn codes such as `YU`.
 */
export const ISO_ALPHA2_CODES: readonly string[] = [
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW',
  'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI',
  'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN',
  'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME',
  'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF',
  'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV',
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE',
  'YT ZA ZM ZW',
]
  .join(' ')
  .split(' ');

/**
 * Countries known by alpha-3 code and by name: the EU and EEA members, the United Kingdom and
 * Switzerland, the rest of the default EMEA region, and the largest markets elsewhere. English names
 * come first. The native names are the Unicode CLDR names in each official language, as ICU 78 ships
 * them, plus a few common variants. The constituent countries of the United Kingdom map to GB.
 */
export const COUNTRY_NAMES: readonly CountryNames[] = [
  ['AT', 'AUT', 'Austria', 'Österreich'],
  ['BE', 'BEL', 'Belgium', 'België', 'Belgique', 'Belgien'],
  ['BG', 'BGR', 'Bulgaria', 'България'],
  ['HR', 'HRV', 'Croatia', 'Hrvatska'],
  ['CY', 'CYP', 'Cyprus', 'Κύπρος', 'Kıbrıs'],
  ['CZ', 'CZE', 'Czechia', 'Czech Republic', 'Česko', 'Česká republika'],
  ['DK', 'DNK', 'Denmark', 'Danmark'],
  ['EE', 'EST', 'Estonia', 'Eesti'],
  ['FI', 'FIN', 'Finland', 'Suomi'],
  ['FR', 'FRA', 'France'],
  ['DE', 'DEU', 'Germany', 'Deutschland'],
  ['GR', 'GRC', 'Greece', 'Hellas', 'Ελλάδα', 'Ελλάς'],
  ['HU', 'HUN', 'Hungary', 'Magyarország'],
  ['IE', 'IRL', 'Ireland', 'Republic of Ireland', 'Éire'],
  ['IT', 'ITA', 'Italy', 'Italia'],
  ['LV', 'LVA', 'Latvia', 'Latvija'],
  ['LT', 'LTU', 'Lithuania', 'Lietuva'],
  ['LU', 'LUX', 'Luxembourg', 'Lëtzebuerg', 'Luxemburg'],
  ['MT', 'MLT', 'Malta'],
  ['NL', 'NLD', 'Netherlands', 'Holland', 'Nederland'],
  ['PL', 'POL', 'Poland', 'Polska'],
  ['PT', 'PRT', 'Portugal'],
  ['RO', 'ROU', 'Romania', 'România'],
  ['SK', 'SVK', 'Slovakia', 'Slovak Republic', 'Slovensko'],
  ['SI', 'SVN', 'Slovenia', 'Slovenija'],
  ['ES', 'ESP', 'Spain', 'España', 'Espanya', 'Espainia'],
  ['SE', 'SWE', 'Sweden', 'Sverige'],
  ['IS', 'ISL', 'Iceland', 'Ísland'],
  ['LI', 'LIE', 'Liechtenstein'],
  ['NO', 'NOR', 'Norway', 'Norge', 'Noreg'],
  [
    'GB',
    'GBR',
    'United Kingdom',
    'United Kingdom of Great Britain and Northern Ireland',
    'UK',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Y Deyrnas Unedig',
    'An Rìoghachd Aonaichte',
  ],
  ['CH', 'CHE', 'Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra'],
  ['AL', 'ALB', 'Albania', 'Shqipëri', 'Shqipëria'],
  ['BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia', 'Bosna i Hercegovina', 'Босна и Херцеговина'],
  ['ME', 'MNE', 'Montenegro', 'Crna Gora', 'Црна Гора'],
  ['MK', 'MKD', 'North Macedonia', 'Macedonia', 'Северна Македонија'],
  ['RS', 'SRB', 'Serbia', 'Srbija', 'Србија'],
  ['UA', 'UKR', 'Ukraine', 'Україна'],
  ['MD', 'MDA', 'Moldova', 'Republic of Moldova', 'Republica Moldova'],
  ['TR', 'TUR', 'Türkiye', 'Turkey'],
  ['AE', 'ARE', 'United Arab Emirates', 'UAE', 'الإمارات العربية المتحدة'],
  ['SA', 'SAU', 'Saudi Arabia', 'المملكة العربية السعودية'],
  ['IL', 'ISR', 'Israel', 'ישראל'],
  ['QA', 'QAT', 'Qatar', 'قطر'],
  ['KW', 'KWT', 'Kuwait', 'الكويت'],
  ['BH', 'BHR', 'Bahrain', 'البحرين'],
  ['OM', 'OMN', 'Oman', 'عُمان'],
  ['JO', 'JOR', 'Jordan', 'الأردن'],
  ['EG', 'EGY', 'Egypt', 'مصر'],
  ['MA', 'MAR', 'Morocco', 'Maroc', 'المغرب'],
  ['TN', 'TUN', 'Tunisia', 'Tunisie', 'تونس'],
  ['NG', 'NGA', 'Nigeria'],
  ['GH', 'GHA', 'Ghana'],
  ['KE', 'KEN', 'Kenya'],
  ['ZA', 'ZAF', 'South Africa', 'Suid-Afrika', 'iNingizimu Afrika'],
  ['US', 'USA', 'United States', 'United States of America'],
  ['CA', 'CAN', 'Canada'],
  ['MX', 'MEX', 'Mexico', 'México'],
  ['BR', 'BRA', 'Brazil', 'Brasil'],
  ['JP', 'JPN', 'Japan', 'Nippon', 'Nihon', '日本'],
  ['CN', 'CHN', 'China', "People's Republic of China", 'PRC', '中国', '中國', '中华人民共和国'],
  ['TW', 'TWN', 'Taiwan', '台灣', '台湾', '臺灣'],
  ['IN', 'IND', 'India', 'Bharat', 'भारत'],
  ['AU', 'AUS', 'Australia'],
  ['NZ', 'NZL', 'New Zealand', 'Aotearoa'],
  ['SG', 'SGP', 'Singapore', 'Singapura', '新加坡', 'சிங்கப்பூர்'],
];
