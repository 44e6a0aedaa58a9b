import { deriveCompanyDomain, mapColumn, type ImportPreset } from '../column-mapping';
import { parseZohoDateTime } from '../parse-date-value';
import { parseText, parseUsdAmount, parseWholeNumber } from '../parse-field-value';

/** Zoho CRM's Leads module export, whose headers are the fields' labels. */
export const ZOHO_CRM_LEADS_PRESET: ImportPreset = {
  name: 'zoho-crm-leads',
  identifyingColumns: ['Last Name', 'Company', 'Email'],
  columns: [
    mapColumn('First Name', 'firstName', parseText),
    mapColumn('Last Name', 'lastName', parseText),
    mapColumn('Email', 'email', parseText),
    mapColumn('Designation', 'title', parseText),
    mapColumn('Phone', 'phone', parseText),
    mapColumn('Company', 'company', parseText),
    mapColumn('Industry', 'industry', parseText),
    mapColumn('No of Employees', 'employeeCount', parseWholeNumber),
    mapColumn('Annual Revenue', 'annualRevenueUsd', parseUsdAmount),
    mapColumn('Country', 'country', parseText),
    mapColumn('State', 'region', parseText),
    mapColumn('City', 'city', parseText),
    mapColumn('Lead Source', 'source', parseText),
    mapColumn('Lead Status', 'sourceStatus', parseText),
    // `15 Apr, 2021 00:03:00` is read as UTC unless it carries an offset, because Zoho writes the
    // exporting user's local time without naming the time zone.
    mapColumn('Created Time', 'arrivedAt', parseZohoDateTime),
  ],
  complete(input) {
    input.companyDomain ??= deriveCompanyDomain(input.email);
  },
};
