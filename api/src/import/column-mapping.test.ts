import { createEmptyLeadInput, deriveCompanyDomain, mapColumn, mapRow, type ImportPreset } from './column-mapping';
import { parseText, parseWholeNumber } from './parse-field-value';

const PRESET: ImportPreset = {
  name: 'test',
  identifyingColumns: ['E-mail'],
  columns: [
    mapColumn('E-mail', 'email', parseText),
    mapColumn('Head Count', 'employeeCount', parseWholeNumber),
    mapColumn('City', 'city', parseText),
  ],
  complete(input) {
    input.companyDomain ??= deriveCompanyDomain(input.email);
  },
};

describe('mapRow', () => {
  it('trims values and ignores header case', () => {
    const { input, problems } = mapRow(PRESET, { ' e-MAIL ': '  ana@quinta.pt ', 'head  count': ' 1,200 ' });

    expect(problems).toEqual([]);
    expect(input.email).toBe('ana@quinta.pt');
    expect(input.employeeCount).toBe(1200);
    expect(input.companyDomain).toBe('quinta.pt');
  });

  it('maps blank and missing values to null', () => {
    const { input } = mapRow(PRESET, { 'E-mail': 'ana@quinta.pt', 'Head Count': '   ' });

    expect(input).toEqual({ ...createEmptyLeadInput(), email: 'ana@quinta.pt', companyDomain: 'quinta.pt' });
  });

  it('ignores unknown columns', () => {
    const { input, problems } = mapRow(PRESET, { 'E-mail': 'ana@quinta.pt', Fax: '+351 21 555 0100' });

    expect(problems).toEqual([]);
    expect(input.phone).toBeNull();
  });

  it('names the column as written in the file', () => {
    const { input, problems } = mapRow(PRESET, { 'HEAD COUNT': 'dozens' });

    expect(input.employeeCount).toBeNull();
    expect(problems).toEqual([
      {
        field: 'employeeCount',
        value: 'dozens',
        message: 'HEAD COUNT "dozens" is not a whole number; write digits only, such as 250',
      },
    ]);
  });
});

describe('deriveCompanyDomain', () => {
  it.each([
    ['ross.calder@delphi.chemicals.com', 'delphi.chemicals.com'],
    ['Ana@Quinta.PT', 'quinta.pt'],
    ['no-at-sign.example.com', null],
    ['trailing@', null],
    [null, null],
  ])('deriveCompanyDomain reads %j as %j', (email, domain) => {
    expect(deriveCompanyDomain(email)).toBe(domain);
  });
});
