import type { LeadInput } from '@accord/governance';
import { Motion, Stage } from '@accord/governance';

import { createEmptyLeadInput } from './column-mapping';
import { formatAccordCsv } from './format-accord-csv';
import { parseImportFile } from './parse-import-file';
import { ACCORD_EXPORT_COLUMNS } from './presets/accord-export.preset';

const CLOSED_LEAD: LeadInput = {
  email: 'mei.lin@harbourview.hk',
  firstName: 'Mei',
  lastName: 'Lin',
  title: 'Director, Digital',
  phone: '+852 5555 0142',
  company: 'Harbourview "HV" Holdings',
  companyDomain: 'harbourview.hk',
  industry: 'Real Estate',
  employeeCount: 1800,
  annualRevenueUsd: 420_000_000,
  country: 'HK',
  region: null,
  city: 'Hong Kong',
  source: 'partner-portal',
  motion: Motion.AccountBased,
  useCase: 'Tenant onboarding;\nlease renewals',
  consent: false,
  behaviourScore: 12.5,
  sourceStatus: 'Nurture',
  arrivedAt: '2025-03-01T02:30:00.000Z',
  stage: Stage.Recycled,
  reasonCode: 'timing',
  note: 'Budget frozen until "FY26"',
};

describe('formatAccordCsv', () => {
  it('writes the export columns in order', () => {
    const [header] = formatAccordCsv([]).split('\r\n');

    expect(header).toBe(ACCORD_EXPORT_COLUMNS.join(','));
    expect(ACCORD_EXPORT_COLUMNS).toEqual([
      'email',
      'first_name',
      'last_name',
      'title',
      'phone',
      'company',
      'company_domain',
      'industry',
      'employee_count',
      'annual_revenue_usd',
      'country',
      'region',
      'city',
      'source',
      'motion',
      'use_case',
      'consent',
      'behaviour_score',
      'source_status',
      'arrived_at',
      'stage',
      'reason_code',
      'note',
    ]);
  });

  it('quotes commas, quotes and line breaks', () => {
    const [, row] = formatAccordCsv([CLOSED_LEAD]).split('\r\n');

    expect(row).toBe(
      'mei.lin@harbourview.hk,Mei,Lin,"Director, Digital",+852 5555 0142,"Harbourview ""HV"" Holdings",' +
        'harbourview.hk,Real Estate,1800,420000000,HK,,Hong Kong,partner-portal,ACCOUNT_BASED,' +
        '"Tenant onboarding;\nlease renewals",false,12.5,Nurture,2025-03-01T02:30:00.000Z,RECYCLED,timing,' +
        '"Budget frozen until ""FY26"""',
    );
  });

  it('ends every line with CRLF', () => {
    expect(formatAccordCsv([CLOSED_LEAD, CLOSED_LEAD]).endsWith('"Budget frozen until ""FY26"""\r\n')).toBe(true);
  });

  it('round-trips through parseImportFile', () => {
    const sparse: LeadInput = { ...createEmptyLeadInput(), email: 'solo@field.io', consent: true };
    const leads = [CLOSED_LEAD, sparse];
    const file = parseImportFile({ fileName: 'accord-export.csv', content: formatAccordCsv(leads) });

    expect(file.preset).toBe('accord');
    expect(file.rows.map((row) => row.problems)).toEqual([[], []]);
    expect(file.rows.map((row) => row.input)).toEqual(leads);
    expect(file.rows[1]?.line).toBe(4);
  });
});
