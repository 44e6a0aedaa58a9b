import { deriveCompanyDomain, mapColumn, type ImportPreset } from '../column-mapping';
import { parseIsoDateTime } from '../parse-date-value';
import { parseText, parseUsdAmount, parseWholeNumber, type ValueParser } from '../parse-field-value';

/**
 * Salesforce's Lead rating is the only intent signal in a Data Loader export, so it becomes the
 * behaviour score in points from 0 to 100.
 */
const BEHAVIOUR_SCORE_BY_RATING: Record<string, number> = { hot: 80, warm: 50, cold: 20 };

const parseRating: ValueParser<number> = (text) => {
  const score = BEHAVIOUR_SCORE_BY_RATING[text.toLowerCase()];
  if (score === undefined) {
    return { ok: false, reason: 'is not a Salesforce rating; use Hot, Warm or Cold, or leave it empty' };
  }

  return { ok: true, value: score };
};

/**
 * Salesforce Data Loader's Lead export, whose headers are upper-case field API names. The sObject-tree
 * JSON uses the same API names in PascalCase (`NumberOfEmployees`), which match these columns because
 * column names compare without regard to case.
 */
export const SALESFORCE_DATA_LOADER_PRESET: ImportPreset = {
  name: 'salesforce-data-loader',
  identifyingColumns: ['LASTNAME', 'COMPANY', 'EMAIL'],
  columns: [
    mapColumn('FIRSTNAME', 'firstName', parseText),
    mapColumn('LASTNAME', 'lastName', parseText),
    mapColumn('TITLE', 'title', parseText),
    mapColumn('COMPANY', 'company', parseText),
    mapColumn('EMAIL', 'email', parseText),
    mapColumn('PHONE', 'phone', parseText),
    mapColumn('CITY', 'city', parseText),
    mapColumn('STATE', 'region', parseText),
    mapColumn('COUNTRY', 'country', parseText),
    mapColumn('INDUSTRY', 'industry', parseText),
    // NOTE: amounts are read as US dollars. An org whose corporate currency is another one exports
    // amounts in that currency, and they need converting before import.
    mapColumn('ANNUALREVENUE', 'annualRevenueUsd', parseUsdAmount),
    mapColumn('NUMBEROFEMPLOYEES', 'employeeCount', parseWholeNumber),
    mapColumn('LEADSOURCE', 'source', parseText),
    mapColumn('STATUS', 'sourceStatus', parseText),
    mapColumn('RATING', 'behaviourScore', parseRating),
    // Data Loader writes system fields in ISO 8601 UTC, such as 2021-04-15T00:03:00.000Z.
    mapColumn('CREATEDDATE', 'arrivedAt', parseIsoDateTime),
  ],
  complete(input) {
    // NOTE: the export has no company domain, so it comes from the e-mail address, and a free-mail
    // address yields the mail provider's domain.
    input.companyDomain ??= deriveCompanyDomain(input.email);
  },
};
