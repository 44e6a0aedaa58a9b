import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Motion, Stage } from '@accord/governance';

import { createEmptyLeadInput } from './column-mapping';
import { ImportFormatErrorCode } from './import-format-error';
import { catchImportFormatError } from './import-format-error.fixture';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from './import-limits';
import { parseImportFile } from './parse-import-file';
import { SALESFORCE_SAMPLE_LEADS } from './salesforce-sample.fixture';

const FIXTURES = path.join(__dirname, '../../../test/fixtures');

function parseFixture(fileName: string, preset?: string) {
  const content = readFileSync(path.join(FIXTURES, fileName));

  return parseImportFile(preset === undefined ? { fileName, content } : { fileName, content, preset });
}

describe('parseImportFile Salesforce samples', () => {
  it('maps the 22 Data Loader leads', () => {
    const file = parseFixture('salesforce-dataloader-leads.csv');

    expect(file.preset).toBe('salesforce-data-loader');
    expect(file.total).toBe(22);
    expect(file.rows.map((row) => [row.input?.firstName, row.input?.lastName, row.input?.email])).toEqual(
      SALESFORCE_SAMPLE_LEADS,
    );
    expect(file.rows.map((row) => row.line)).toEqual(SALESFORCE_SAMPLE_LEADS.map((_, index) => index + 2));
    expect(file.rows.flatMap((row) => row.problems)).toEqual([]);
  });

  it('maps every column of a rated lead', () => {
    const varner = parseFixture('salesforce-dataloader-leads.csv').rows[2];

    expect(varner?.rowNumber).toBe(3);
    expect(varner?.line).toBe(4);
    expect(varner?.input).toEqual({
      ...createEmptyLeadInput(),
      email: 'odette@fcof.net',
      firstName: 'Odette',
      lastName: 'Varner',
      title: 'Director of Vendor Relations',
      phone: '(850) 555-0172',
      company: 'Farmers Coop. of Florida',
      companyDomain: 'fcof.net',
      industry: 'Agriculture',
      annualRevenueUsd: 900_750_000,
      country: 'USA',
      region: 'FL',
      city: 'Tallahassee',
      source: 'Web',
      sourceStatus: 'Working - Contacted',
      behaviourScore: 80,
    });
    expect(varner?.raw['FAX']).toBe('(850) 555-0173');
  });

  it('keeps a quoted comma in a title', () => {
    const olden = parseFixture('salesforce-dataloader-leads.csv').rows[0];

    expect(olden?.input?.title).toBe('Director, Warehouse Mgmt');
    expect(olden?.input?.behaviourScore).toBeNull();
    expect(olden?.input?.employeeCount).toBeNull();
  });

  it('maps CSV and tree to equal leads', () => {
    const csv = parseFixture('salesforce-dataloader-leads.csv');
    const tree = parseFixture('salesforce-lead-tree.json');

    expect(tree.preset).toBe('salesforce-sobject-tree');
    expect(tree.total).toBe(22);
    expect(tree.rows.map((row) => row.input)).toEqual(csv.rows.map((row) => row.input));
  });
});

describe('parseImportFile presets', () => {
  it('maps a HubSpot contacts export', () => {
    const file = parseFixture('hubspot-contacts.csv');
    const [okafor, ibarra, park] = file.rows;

    expect(file.preset).toBe('hubspot-contacts');
    expect(file.total).toBe(3);
    expect(okafor?.input).toEqual({
      ...createEmptyLeadInput(),
      email: 'amara.okafor@lumenworks.io',
      firstName: 'Amara',
      lastName: 'Okafor',
      title: 'Head of Operations',
      phone: '+44 20 7946 0018',
      company: 'Lumenworks Ltd',
      companyDomain: 'lumenworks.io',
      industry: 'Computer Software',
      employeeCount: 250,
      annualRevenueUsd: 12_500_000,
      country: 'United Kingdom',
      region: 'England',
      city: 'London',
      source: 'Organic Search',
      sourceStatus: 'marketingqualifiedlead',
      arrivedAt: '2024-03-05T09:41:00.000Z',
      behaviourScore: 64,
    });
    expect(ibarra?.input?.firstName).toBe('Tomás');
    expect(ibarra?.input?.employeeCount).toBe(25);
    expect(ibarra?.input?.annualRevenueUsd).toBe(4_000_000);
    expect(ibarra?.input?.behaviourScore).toBe(100);
    expect(park?.input?.employeeCount).toBe(1000);
    expect(park?.input?.arrivedAt).toBe('2024-03-06T16:15:00.000Z');
    expect(park?.input?.behaviourScore).toBe(0);
    expect(park?.input?.phone).toBeNull();
    expect(file.rows.flatMap((row) => row.problems)).toEqual([]);
  });

  it('maps a Zoho CRM leads export', () => {
    const file = parseFixture('zoho-crm-leads.csv');
    const [menon, brenner] = file.rows;

    expect(file.preset).toBe('zoho-crm-leads');
    expect(menon?.input).toEqual({
      ...createEmptyLeadInput(),
      email: 'kavya.menon@tidepool.in',
      firstName: 'Kavya',
      lastName: 'Menon',
      title: 'Procurement Manager',
      phone: '+91 80 5555 0199',
      company: 'Tidepool Systems',
      companyDomain: 'tidepool.in',
      industry: 'Manufacturing',
      employeeCount: 1200,
      annualRevenueUsd: 8_750_000,
      country: 'India',
      region: 'Karnataka',
      city: 'Bengaluru',
      source: 'Trade Show',
      sourceStatus: 'Contacted',
      arrivedAt: '2021-04-15T00:03:00.000Z',
    });
    expect(brenner?.input?.arrivedAt).toBe('2022-11-02T13:30:00.000Z');
    expect(brenner?.input?.annualRevenueUsd).toBeNull();
  });

  it('reports invalid Zoho numbers and dates', () => {
    const lindqvist = parseFixture('zoho-crm-leads.csv').rows[2];

    expect(lindqvist?.rowNumber).toBe(3);
    expect(lindqvist?.line).toBe(4);
    expect(lindqvist?.input?.lastName).toBe('Lindqvist');
    expect(lindqvist?.input?.employeeCount).toBeNull();
    expect(lindqvist?.input?.arrivedAt).toBeNull();
    expect(lindqvist?.problems).toEqual([
      {
        field: 'employeeCount',
        value: 'lots',
        message: 'No of Employees "lots" is not a whole number; write digits only, such as 250',
      },
      {
        field: 'arrivedAt',
        value: '31 Feb, 2022 10:00:00',
        message:
          'Created Time "31 Feb, 2022 10:00:00" is not a date; write it as "15 Apr, 2021 00:03:00" or as 2021-04-15T00:03:00Z',
      },
    ]);
  });

  it('maps an Accord export with a closed lead', () => {
    const file = parseFixture('accord-export.csv');
    const [haddad, wiik] = file.rows;

    expect(file.preset).toBe('accord');
    expect(haddad?.input).toMatchObject({
      motion: Motion.Inbound,
      useCase: 'Pipeline forecasting',
      consent: true,
      behaviourScore: 72,
      employeeCount: 420,
      annualRevenueUsd: 38_000_000,
      arrivedAt: '2025-01-14T16:20:00.000Z',
      stage: null,
      reasonCode: null,
      note: null,
    });
    expect(wiik?.input).toMatchObject({
      phone: null,
      motion: Motion.Partner,
      consent: false,
      stage: Stage.Rejected,
      reasonCode: 'no_fit',
      note: 'Too small for the partner tier',
    });
  });
});

describe('parseImportFile edge cases', () => {
  it('detects the preset behind a byte-order mark', () => {
    const file = parseFixture('edge-bom-crlf.csv');

    expect(file.preset).toBe('salesforce-data-loader');
    expect(file.rows[0]?.input?.firstName).toBe('Élodie');
    expect(file.rows[0]?.input?.region).toBe('Gironde');
    expect(file.rows[1]?.input?.companyDomain).toBe('valleymills.co.uk');
  });

  it('maps a semicolon file', () => {
    const file = parseFixture('edge-semicolon.csv');

    expect(file.preset).toBe('hubspot-contacts');
    expect(file.rows[0]?.input?.company).toBe('Vogel, Kranz & Partner');
    expect(file.rows[0]?.input?.annualRevenueUsd).toBe(1_000_000);
    expect(file.rows[1]?.input?.annualRevenueUsd).toBeNull();
  });

  it('maps a quoted comma and an embedded line break', () => {
    const file = parseFixture('edge-quoted-values.csv');
    const [whitlam, anand] = file.rows;

    expect(file.preset).toBe('accord');
    expect(whitlam?.input?.company).toBe('Harbour, Finch & Co');
    expect(whitlam?.input?.note).toBe('Asked for "Q3" pricing.\r\nCall back after the board meeting.');
    expect(anand?.rowNumber).toBe(2);
    expect(anand?.line).toBe(4);
    expect(anand?.input?.note).toBeNull();
  });

  it('passes an invalid e-mail through for validation', () => {
    const carvalho = parseFixture('edge-invalid-rows.csv').rows[0];

    expect(carvalho?.problems).toEqual([]);
    expect(carvalho?.input?.email).toBe('ines.carvalho(at)portomar.pt');
    expect(carvalho?.input?.companyDomain).toBeNull();
    expect(carvalho?.input?.behaviourScore).toBe(50);
  });

  it('keeps mismatched rows without input', () => {
    const file = parseFixture('edge-invalid-rows.csv');
    const mismatched = file.rows.filter((row) => row.input === null);

    expect(file.total).toBe(5);
    expect(mismatched.map((row) => [row.rowNumber, row.line])).toEqual([
      [2, 3],
      [3, 4],
      [5, 8],
    ]);
    expect(mismatched.map((row) => row.problems[0]?.field)).toEqual(['row', 'row', 'row']);
    expect(mismatched[2]?.problems[0]?.message).toBe(
      'Row 5 (line 8) has 8 columns but the header has 7. Put values that contain the delimiter in double quotes.',
    );
    expect(mismatched[2]?.raw['FIRSTNAME']).toBe('Dmitri');
  });

  it('reports each unparseable column of a row', () => {
    const mori = parseFixture('edge-invalid-rows.csv').rows[3];

    expect(mori?.rowNumber).toBe(4);
    expect(mori?.line).toBe(6);
    expect(mori?.input?.company).toBe('Mori Shoten');
    expect(mori?.problems).toEqual([
      {
        field: 'annualRevenueUsd',
        value: '$2.5M',
        message: 'ANNUALREVENUE "$2.5M" is not an amount in US dollars; write digits only, such as 1500000 or 1,500,000.00',
      },
      {
        field: 'employeeCount',
        value: 'lots',
        message: 'NUMBEROFEMPLOYEES "lots" is not a whole number; write digits only, such as 250',
      },
      {
        field: 'behaviourScore',
        value: 'Lukewarm',
        message: 'RATING "Lukewarm" is not a Salesforce rating; use Hot, Warm or Cold, or leave it empty',
      },
    ]);
  });
});

describe('parseImportFile preset choice', () => {
  it('uses a preset chosen by name', () => {
    const file = parseImportFile({
      fileName: 'contacts.csv',
      content: 'Email,Company Name,HubSpot Score\nli.wei@jadeport.cn,Jadeport,42\n',
      preset: 'hubspot-contacts',
    });

    expect(file.preset).toBe('hubspot-contacts');
    expect(file.rows[0]?.input?.company).toBe('Jadeport');
    expect(file.rows[0]?.input?.behaviourScore).toBe(42);
  });

  it('rejects a preset reading no column', () => {
    const error = catchImportFormatError(() =>
      parseImportFile({ fileName: 'leads.csv', content: 'Name,Mail\nA,a@b.co\n', preset: 'zoho-crm-leads' }),
    );

    expect(error.code).toBe(ImportFormatErrorCode.UnknownHeader);
    expect(error.message).toMatch(/^The header has none of the columns that the preset zoho-crm-leads reads: "First Name", /);
  });

  it('rejects an unknown header', () => {
    const error = catchImportFormatError(() =>
      parseImportFile({ fileName: 'leads.csv', content: 'Name,Mail\nA,a@b.co\n' }),
    );

    expect(error.code).toBe(ImportFormatErrorCode.UnknownHeader);
    expect(error.message).toContain('salesforce-data-loader ("LASTNAME", "COMPANY", "EMAIL")');
  });

  it('detects JSON content by its brace', () => {
    const content = '\uFEFF  {"records": [{"attributes": {"type": "Lead"}, "LastName": "Okoro", "Email": "c@okoro.ng"}]}';
    const file = parseImportFile({ fileName: 'upload.txt', content });

    expect(file.preset).toBe('salesforce-sobject-tree');
    expect(file.rows[0]?.input?.companyDomain).toBe('okoro.ng');
  });

  it('rejects a CSV preset for a JSON file', () => {
    const error = catchImportFormatError(() =>
      parseImportFile({ fileName: 'leads.json', content: '{"records": []}', preset: 'accord' }),
    );

    expect(error.code).toBe(ImportFormatErrorCode.PresetMismatch);
    expect(error.message).toBe(
      'The file leads.json is JSON, but the preset accord reads CSV files. Choose salesforce-sobject-tree or no preset.',
    );
  });
});

describe('parseImportFile limits', () => {
  const HEADER = 'email,first_name,last_name,source';

  function csvOfRows(count: number): string {
    return [HEADER, ...Array.from({ length: count }, (_unused, index) => `row${index}@example.com,Row,${index},Web`)].join('\n');
  }

  it('rejects a file over the byte limit before parsing', () => {
    const content = `${HEADER}\n${'x'.repeat(MAX_IMPORT_FILE_BYTES)}`;

    const error = catchImportFormatError(() => parseImportFile({ fileName: 'big.csv', content }));

    expect(error.code).toBe(ImportFormatErrorCode.FileTooLarge);
    expect(error.message).toContain(`at most ${MAX_IMPORT_FILE_BYTES} bytes`);
    expect(error.message).toContain('Split the file');
  });

  it('counts the byte limit in UTF-8 bytes', () => {
    const content = `${HEADER}\n${'é'.repeat(MAX_IMPORT_FILE_BYTES / 2)}`;

    expect(catchImportFormatError(() => parseImportFile({ fileName: 'big.csv', content })).code).toBe(ImportFormatErrorCode.FileTooLarge);
  });

  it('rejects a CSV file over the row limit', () => {
    const error = catchImportFormatError(() => parseImportFile({ fileName: 'rows.csv', content: csvOfRows(MAX_IMPORT_ROWS + 1) }));

    expect(error.code).toBe(ImportFormatErrorCode.TooManyRows);
    expect(error.message).toContain(`at most ${MAX_IMPORT_ROWS}`);
    expect(error.message).toContain('Split the file');
  });

  it('reads a CSV file at the row limit', () => {
    expect(parseImportFile({ fileName: 'rows.csv', content: csvOfRows(MAX_IMPORT_ROWS) }).total).toBe(MAX_IMPORT_ROWS);
  });

  it('rejects a JSON file over the row limit', () => {
    const content = `{"records": [${Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => '{}').join(',')}]}`;

    const error = catchImportFormatError(() => parseImportFile({ fileName: 'rows.json', content }));

    expect(error.code).toBe(ImportFormatErrorCode.TooManyRows);
    expect(error.message).toContain(`${MAX_IMPORT_ROWS + 1} records`);
  });
});
