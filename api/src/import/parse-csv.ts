import type { FieldProblem } from '@accord/governance';
import { CsvError, parse, type Info } from 'csv-parse/sync';

import { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
import { SPLIT_FILE_ADVICE } from './import-limits';

export type CsvDelimiter = ',' | ';';

/** One data record of a CSV file. */
export interface CsvRecord {
  /** Position among the data records, 1 for the first record after the header. */
  rowNumber: number;
  /** Line of the file on which the record starts, from 1 for the header line. */
  line: number;
  /** Values by header name, untrimmed, as written in the file. */
  values: Record<string, string>;
  /** A column count that differs from the header's, reported on the field `row`. */
  problems: FieldProblem[];
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** Column names, trimmed. */
  header: string[];
  records: CsvRecord[];
}

/** A record as csv-parse emits it with `info: true`, a shape that its typings do not describe. */
interface RecordWithInfo {
  record: string[];
  info: Info;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Parses an RFC 4180 CSV file in UTF-8, with or without a byte-order mark, with CRLF or LF line ends
 * and a comma or semicolon delimiter. Records in which every value is blank are skipped, because
 * spreadsheets save formatted but empty rows as lines of bare delimiters. A record with more or fewer
 * values than the header is kept, with a problem on the field `row`.
 *
 * Throws `ImportFormatError` when the file is not UTF-8, is not valid CSV, has no header, repeats a
 * column name or has more than `maxRecords` data records that are not blank. Parsing stops at the
 * first record over the limit, so the records of a huge file are never all built.
 */
export function parseCsv(content: Buffer | string, options: { maxRecords: number } = { maxRecords: Number.POSITIVE_INFINITY }): ParsedCsv {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const text = decodeUtf8(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = parseRecords(bytes, delimiter, options.maxRecords);

  const [headerRecord, ...dataRecords] = parsed;
  if (headerRecord === undefined) {
    throw new ImportFormatError(
      ImportFormatErrorCode.EmptyFile,
      'The file is empty. Upload a CSV file whose first line names the columns.',
    );
  }

  const header = headerRecord.record.map((name) => name.trim());
  checkUniqueColumns(header);

  const records: CsvRecord[] = [];
  const findLine = createLineFinder(bytes);
  let previousRecordEnd = headerRecord.info.bytes;

  for (const { record, info } of dataRecords) {
    const line = findLine(skipLineBreaks(bytes, previousRecordEnd));
    previousRecordEnd = info.bytes;

    if (isBlankRecord(record)) {
      continue;
    }

    const rowNumber = records.length + 1;
    records.push({
      rowNumber,
      line,
      values: nameValues(header, record),
      problems: checkColumnCount(header, record, rowNumber, line),
    });
  }

  return { delimiter, header, records };
}

/** Returns the values of what csv-parse hands on_record: `{ record, info }` with `info: true`, although its typings promise the bare record. */
function valuesOf(output: unknown): readonly string[] {
  if (typeof output === 'object' && output !== null && 'record' in output && Array.isArray(output.record)) {
    return output.record;
  }

  return Array.isArray(output) ? output : [];
}

function isBlankRecord(record: readonly string[]): boolean {
  return record.every((value) => value.trim() === '');
}

/** Picks the delimiter that occurs more often outside quotes on the header line, or a comma on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;

  for (const character of text) {
    if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && (character === '\n' || character === '\r')) {
      break;
    } else if (!quoted && character === ',') {
      commas++;
    } else if (!quoted && character === ';') {
      semicolons++;
    }
  }

  return semicolons > commas ? ';' : ',';
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFormatError(
      ImportFormatErrorCode.NotUtf8,
      'The file is not valid UTF-8 text. Save it as "CSV UTF-8" and upload it again.',
    );
  }
}

function parseRecords(bytes: Buffer, delimiter: CsvDelimiter, maxRecords: number): RecordWithInfo[] {
  let lastRecordEnd = 0;
  let headerSeen = false;
  let dataRecords = 0;

  try {
    const output: unknown = parse(bytes, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      on_record: (output, context) => {
        lastRecordEnd = context.bytes;
        if (!headerSeen) {
          headerSeen = true;
        } else if (!isBlankRecord(valuesOf(output))) {
          dataRecords++;
        }
        if (dataRecords > maxRecords) {
          throw new ImportFormatError(
            ImportFormatErrorCode.TooManyRows,
            `The file has more than ${maxRecords} data rows, and an import may have at most ${maxRecords}. ${SPLIT_FILE_ADVICE}`,
          );
        }

        return output;
      },
    });

    return output as RecordWithInfo[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = createLineFinder(bytes)(skipLineBreaks(bytes, lastRecordEnd));
      throw new ImportFormatError(
        ImportFormatErrorCode.MalformedFile,
        `The record that starts on line ${line} is not valid CSV because ${describeCsvError(error)}. Put ` +
          'each value that contains a double quote, the delimiter or a line break in double quotes, and ' +
          'double the quotes inside it.',
      );
    }

    throw error;
  }
}

/** Describes the strict quoting errors in words, because csv-parse's own messages count lines differently. */
function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value is never closed';
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote appears inside a value that does not start with one';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a closing double quote is followed by other text before the next delimiter';
    default:
      return `csv-parse raised ${error.code}`;
  }
}

function checkUniqueColumns(header: string[]): void {
  const seen = new Set<string>();

  for (const name of header) {
    const key = name.toLowerCase();
    if (key !== '' && seen.has(key)) {
      throw new ImportFormatError(
        ImportFormatErrorCode.DuplicateColumn,
        `The column "${name}" appears more than once in the header. Rename or remove the copies.`,
      );
    }

    seen.add(key);
  }
}

/** Columns with an empty header name carry no field and are left out. */
function nameValues(header: string[], record: string[]): Record<string, string> {
  const values: Record<string, string> = {};

  header.forEach((name, index) => {
    const value = record[index];
    if (name !== '' && value !== undefined) {
      values[name] = value;
    }
  });

  return values;
}

function checkColumnCount(header: string[], record: string[], rowNumber: number, line: number): FieldProblem[] {
  if (record.length === header.length) {
    return [];
  }

  return [
    {
      field: 'row',
      value: record.length,
      message:
        `Row ${rowNumber} (line ${line}) has ${record.length} columns but the header has ${header.length}. ` +
        'Put values that contain the delimiter in double quotes.',
    },
  ];
}

/** Returns the offset of the first byte at or after `offset` that is not CR or LF. */
function skipLineBreaks(bytes: Buffer, offset: number): number {
  let index = offset;
  while (bytes[index] === LINE_FEED || bytes[index] === CARRIAGE_RETURN) {
    index++;
  }

  return index;
}

/**
 * Returns a function from a byte offset to its line number, from 1. csv-parse counts a CRLF inside a
 * quoted value as two lines, so lines are counted here from LF bytes. Offsets must not decrease from
 * call to call, which lets each call scan only the bytes after the previous offset.
 */
function createLineFinder(bytes: Buffer): (offset: number) => number {
  let scannedUpTo = 0;
  let lineFeeds = 0;

  return (offset) => {
    for (; scannedUpTo < offset; scannedUpTo++) {
      if (bytes[scannedUpTo] === LINE_FEED) {
        lineFeeds++;
      }
    }

    return lineFeeds + 1;
  };
}
