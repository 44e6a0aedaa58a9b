import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ImportFormatErrorCode } from './import-format-error';
import { catchImportFormatError } from './import-format-error.fixture';
import { detectDelimiter, parseCsv } from './parse-csv';

const FIXTURES = path.join(__dirname, '../../../test/fixtures');

function readFixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

describe('parseCsv', () => {
  it('reads a byte-order mark and CRLF line ends', () => {
    const csv = parseCsv(readFixture('edge-bom-crlf.csv'));

    expect(csv.header).toEqual(['FIRSTNAME', 'LASTNAME', 'EMAIL', 'COMPANY', 'STATE', 'COUNTRY']);
    expect(csv.delimiter).toBe(',');
    expect(csv.records).toHaveLength(2);
    expect(csv.records[0]?.values['FIRSTNAME']).toBe('Élodie');
    expect(csv.records[0]?.values['COMPANY']).toBe('Château Vins SARL');
    expect(csv.records[1]?.values['COUNTRY']).toBe('UK');
    expect(csv.records.map((record) => record.line)).toEqual([2, 3]);
    expect(csv.records.map((record) => record.rowNumber)).toEqual([1, 2]);
  });

  it('detects semicolons and keeps commas inside values', () => {
    const csv = parseCsv(readFixture('edge-semicolon.csv'));

    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual(['First Name', 'Last Name', 'Email', 'Company Name', 'Annual Revenue', 'City']);
    expect(csv.records[0]?.values['Company Name']).toBe('Vogel, Kranz & Partner');
    expect(csv.records[0]?.values['Annual Revenue']).toBe('1,000,000');
    expect(csv.records[1]?.values['Annual Revenue']).toBe('');
    expect(csv.records[1]?.problems).toEqual([]);
  });

  it('reads quoted commas, quotes and line breaks', () => {
    const csv = parseCsv(readFixture('edge-quoted-values.csv'));
    const [first, second] = csv.records;

    expect(first?.values['company']).toBe('Harbour, Finch & Co');
    expect(first?.values['note']).toBe('Asked for "Q3" pricing.\r\nCall back after the board meeting.');
    expect(first?.line).toBe(2);
    expect(first?.problems).toEqual([]);
    expect(second?.values['email']).toBe('ravi@kestrel.dev');
    expect(second?.line).toBe(4);
    expect(second?.rowNumber).toBe(2);
  });

  it('skips blank lines and blank records', () => {
    const csv = parseCsv(readFixture('edge-invalid-rows.csv'));

    expect(csv.records.map((record) => record.rowNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(csv.records.map((record) => record.line)).toEqual([2, 3, 4, 6, 8]);
    expect(csv.records[3]?.values['FIRSTNAME']).toBe('Aiko');
  });

  it('reports a row with too few columns', () => {
    const csv = parseCsv(readFixture('edge-invalid-rows.csv'));
    const short = csv.records[1];

    expect(short?.values).toEqual({ FIRSTNAME: 'Bruno', LASTNAME: 'Lemaire', EMAIL: 'bruno@lemaire.be', COMPANY: 'Lemaire' });
    expect(short?.problems).toEqual([
      {
        field: 'row',
        value: 4,
        message: 'Row 2 (line 3) has 4 columns but the header has 7. Put values that contain the delimiter in double quotes.',
      },
    ]);
  });

  it('reports a row with too many columns', () => {
    const csv = parseCsv(readFixture('edge-invalid-rows.csv'));

    expect(csv.records[2]?.problems[0]?.message).toBe(
      'Row 3 (line 4) has 8 columns but the header has 7. Put values that contain the delimiter in double quotes.',
    );
    expect(csv.records[4]?.problems[0]?.value).toBe(8);
  });

  it('counts a CRLF inside quotes as one line', () => {
    const csv = parseCsv('a,b\r\n"one\r\ntwo\r\nthree",1\r\n"x\ny",2\r\nlast,3');

    expect(csv.records.map((record) => record.line)).toEqual([2, 5, 7]);
    expect(csv.records[0]?.values['a']).toBe('one\r\ntwo\r\nthree');
  });

  it('reads LF line ends and a missing final line break', () => {
    const csv = parseCsv('name,city\nAda,London\nLin,Taipei');

    expect(csv.records.map((record) => record.values)).toEqual([
      { name: 'Ada', city: 'London' },
      { name: 'Lin', city: 'Taipei' },
    ]);
  });

  it('returns the same records for a string and a Buffer', () => {
    const text = '\uFEFFname;city\r\n"Ä, Ö";Wien\r\n';

    expect(parseCsv(text)).toEqual(parseCsv(Buffer.from(text, 'utf8')));
    expect(parseCsv(text).records[0]?.values['name']).toBe('Ä, Ö');
  });

  it('trims header names', () => {
    expect(parseCsv(' name , city \nAda,London\n').header).toEqual(['name', 'city']);
  });

  it('rejects a file that is not UTF-8', () => {
    const latin1 = Buffer.from('name,city\nJos\xe9,M\xe1laga\n', 'latin1');
    const error = catchImportFormatError(() => parseCsv(latin1));

    expect(error.code).toBe(ImportFormatErrorCode.NotUtf8);
    expect(error.message).toBe('The file is not valid UTF-8 text. Save it as "CSV UTF-8" and upload it again.');
  });

  it('rejects a quote that is never closed', () => {
    const text = 'name,note\r\n"Ada","one\r\ntwo"\r\n\r\n"Lin,Taipei\r\nBo,Oslo\r\n';
    const error = catchImportFormatError(() => parseCsv(text));

    expect(error.code).toBe(ImportFormatErrorCode.MalformedFile);
    expect(error.message).toBe(
      'The record that starts on line 5 is not valid CSV because a quoted value is never closed. Put each ' +
        'value that contains a double quote, the delimiter or a line break in double quotes, and double the ' +
        'quotes inside it.',
    );
  });

  it.each([
    ['name,size\nscreen,27"\n', 'a double quote appears inside a value that does not start with one'],
    ['name,size\n"screen"27,x\n', 'a closing double quote is followed by other text before the next delimiter'],
  ])('rejects the stray quote in %j', (text, reason) => {
    const error = catchImportFormatError(() => parseCsv(text));

    expect(error.message).toContain(`The record that starts on line 2 is not valid CSV because ${reason}.`);
  });

  it('rejects an empty file', () => {
    const error = catchImportFormatError(() => parseCsv('\r\n\r\n'));

    expect(error.code).toBe(ImportFormatErrorCode.EmptyFile);
  });

  it('rejects more records than the limit', () => {
    const error = catchImportFormatError(() => parseCsv('email\na@b.co\nc@d.co\ne@f.co\n', { maxRecords: 2 }));

    expect(error.code).toBe(ImportFormatErrorCode.TooManyRows);
    expect(error.message).toContain('more than 2 data rows');
  });

  it('leaves blank records out of the limit', () => {
    const csv = parseCsv('email,name\na@b.co,A\n,\n ,\nc@d.co,C\n', { maxRecords: 2 });

    expect(csv.records.map((record) => record.values['email'])).toEqual(['a@b.co', 'c@d.co']);
  });

  it('rejects a repeated column name', () => {
    const error = catchImportFormatError(() => parseCsv('Email,Name,email\na@b.co,A,c@d.co\n'));

    expect(error.code).toBe(ImportFormatErrorCode.DuplicateColumn);
    expect(error.message).toBe('The column "email" appears more than once in the header. Rename or remove the copies.');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1;2;3', ','],
    ['a;b;c\n1,2,3', ';'],
    ['"a,b";c;d\n', ';'],
    ['"x;y;z",b\n', ','],
    ['single\n', ','],
  ])('detectDelimiter reads %j as %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
