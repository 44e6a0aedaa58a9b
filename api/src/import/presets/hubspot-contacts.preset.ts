import { deriveCompanyDomain, mapColumn, type ImportPreset } from '../column-mapping';
import { parseIsoDateTime } from '../parse-date-value';
import { parseScore, parseText, parseUsdAmount, parseWholeNumber, type ValueParser } from '../parse-field-value';

/** A size band such as `25-50` or `1000+`, as a dropdown property stores it. */
const EMPLOYEE_RANGE = /^(\d[\d,]*)\s*(?:-\s*\d[\d,]*|\+)$/;

/**
 * Reads a whole number, or the lower bound of a size band, because a portal may keep the contact's
 * "Number of Employees" as a dropdown of bands.
 */
const parseEmployeeCount: ValueParser<number> = (text) => {
  const lowerBound = EMPLOYEE_RANGE.exec(text)?.[1];

  return parseWholeNumber(lowerBound ?? text);
};

/** HubSpot scores have no fixed range, so they are clamped onto Accord's 0 to 100 points. */
const parseHubSpotScore: ValueParser<number> = (text) => {
  const parsed = parseScore(text);

  return parsed.ok ? { ok: true, value: Math.min(100, Math.max(0, parsed.value)) } : parsed;
};

/** HubSpot's contacts export, whose headers are the properties' labels. */
export const HUBSPOT_CONTACTS_PRESET: ImportPreset = {
  name: 'hubspot-contacts',
  identifyingColumns: ['First Name', 'Last Name', 'Email'],
  columns: [
    mapColumn('First Name', 'firstName', parseText),
    mapColumn('Last Name', 'lastName', parseText),
    mapColumn('Email', 'email', parseText),
    mapColumn('Job Title', 'title', parseText),
    mapColumn('Phone Number', 'phone', parseText),
    mapColumn('Company Name', 'company', parseText),
    mapColumn('Industry', 'industry', parseText),
    mapColumn('Number of Employees', 'employeeCount', parseEmployeeCount),
    mapColumn('Annual Revenue', 'annualRevenueUsd', parseUsdAmount),
    mapColumn('Country/Region', 'country', parseText),
    mapColumn('State/Region', 'region', parseText),
    mapColumn('City', 'city', parseText),
    mapColumn('Original Source', 'source', parseText),
    mapColumn('Lifecycle Stage', 'sourceStatus', parseText),
    // HubSpot writes `2021-04-15 00:03` without an offset, so such a time is read as UTC.
    mapColumn('Create Date', 'arrivedAt', parseIsoDateTime),
    mapColumn('HubSpot Score', 'behaviourScore', parseHubSpotScore),
  ],
  complete(input) {
    input.companyDomain ??= deriveCompanyDomain(input.email);
  },
};
