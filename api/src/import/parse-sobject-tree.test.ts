import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
import { parseSObjectTree } from './parse-sobject-tree';
import { SALESFORCE_SAMPLE_LEADS } from './salesforce-sample.fixture';

const SAMPLE = readFileSync(path.join(__dirname, '../../../test/fixtures/salesforce-lead-tree.json'));

describe('parseSObjectTree', () => {
  it('maps the 22 sample leads', () => {
    const rows = parseSObjectTree(SAMPLE);

    expect(rows).toHaveLength(22);
    expect(rows.map((row) => [row.input?.firstName, row.input?.lastName, row.input?.email])).toEqual(
      SALESFORCE_SAMPLE_LEADS,
    );
    expect(rows.map((row) => row.rowNumber)).toEqual(SALESFORCE_SAMPLE_LEADS.map((_, index) => index + 1));
    expect(rows.every((row) => row.line === null)).toBe(true);
    expect(rows.flatMap((row) => row.problems)).toEqual([]);
  });

  it('maps PascalCase API field names', () => {
    const brannock = parseSObjectTree(SAMPLE)[18];

    expect(brannock?.input).toMatchObject({
      title: 'VP, Facilities',
      company: 'Burlington Textiles Corp of America',
      companyDomain: 'btca.com',
      city: 'Burlington',
      region: 'NC',
      country: 'USA',
      industry: 'Apparel',
      employeeCount: 9000,
      annualRevenueUsd: 350_000_000,
      source: 'Web',
      sourceStatus: 'Closed - Converted',
      behaviourScore: 50,
      motion: null,
      arrivedAt: null,
    });
    expect(brannock?.raw['attributes.referenceId']).toBe('LeadRef19');
    expect(brannock?.raw['NumberOfEmployees']).toBe('9000');
    expect(brannock?.raw['IsConverted']).toBe('false');
  });

  it('reports a record that is not a Lead', () => {
    const content = JSON.stringify({
      records: [
        { attributes: { type: 'Lead', referenceId: 'L1' }, LastName: 'Ngata', Company: 'Kauri', Email: 'h@kauri.nz' },
        { attributes: { type: 'Contact', referenceId: 'C1' }, LastName: 'Ruatapu' },
        { LastName: 'Untyped' },
      ],
    });
    const [lead, contact, untyped] = parseSObjectTree(content);

    expect(lead?.input?.lastName).toBe('Ngata');
    expect(contact?.rowNumber).toBe(2);
    expect(contact?.input).toBeNull();
    expect(contact?.problems).toEqual([
      {
        field: 'row',
        value: 'Contact',
        message: 'Record 2 has the type "Contact". Only records of type "Lead" can be imported.',
      },
    ]);
    expect(contact?.raw['LastName']).toBe('Ruatapu');
    expect(untyped?.input).toBeNull();
    expect(untyped?.problems[0]?.message).toBe(
      'Record 3 has no attributes.type. Only records of type "Lead" can be imported.',
    );
  });

  it('names the JSON field in format problems', () => {
    const content = JSON.stringify({
      records: [{ attributes: { type: 'Lead' }, LastName: 'Sato', NumberOfEmployees: 'many', Rating: 'Lukewarm' }],
    });
    const [row] = parseSObjectTree(content);

    expect(row?.input?.employeeCount).toBeNull();
    expect(row?.problems.map((problem) => problem.message)).toEqual([
      'NumberOfEmployees "many" is not a whole number; write digits only, such as 250',
      'Rating "Lukewarm" is not a Salesforce rating; use Hot, Warm or Cold, or leave it empty',
    ]);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseSObjectTree('{"records": [')).toThrow(ImportFormatError);
  });

  it('rejects JSON without a records array', () => {
    let caught: unknown;
    try {
      parseSObjectTree('{"leads": []}');
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ImportFormatError);
    expect((caught as ImportFormatError).code).toBe(ImportFormatErrorCode.MalformedFile);
    expect((caught as ImportFormatError).message).toMatch(/^The JSON has no "records" array/);
  });
});
