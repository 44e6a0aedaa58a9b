import type { FieldProblem } from '@accord/governance';

import { mapRow } from './column-mapping';
import { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
import { SPLIT_FILE_ADVICE } from './import-limits';
import type { ParsedImportRow } from './parsed-import-row';
import { SALESFORCE_DATA_LOADER_PRESET } from './presets/salesforce-data-loader.preset';

export const SOBJECT_TREE_PRESET_NAME = 'salesforce-sobject-tree';

/**
 * Parses the Salesforce sObject-tree JSON that `sf data export tree` writes and `sf data import tree`
 * reads: `{ "records": [{ "attributes": { "type": "Lead", "referenceId": … }, "FirstName": … }] }`.
 * Fields map like the Data Loader preset. A record of another type is kept, with a problem on the
 * field `row` and no input. Throws `ImportFormatError` when the content is not JSON, has no
 * `records` array or has more than `maxRecords` records, before any record is mapped.
 */
export function parseSObjectTree(
  content: Buffer | string,
  options: { maxRecords: number } = { maxRecords: Number.POSITIVE_INFINITY },
): ParsedImportRow[] {
  const records = readRecords(typeof content === 'string' ? content : content.toString('utf8'));
  if (records.length > options.maxRecords) {
    throw new ImportFormatError(
      ImportFormatErrorCode.TooManyRows,
      `The file has ${records.length} records, and an import may have at most ${options.maxRecords}. ${SPLIT_FILE_ADVICE}`,
    );
  }

  return records.map((record, index) => {
    const rowNumber = index + 1;
    const raw = flattenRecord(record);
    const problem = checkLeadRecord(raw, rowNumber);
    if (problem !== null) {
      return { rowNumber, line: null, input: null, problems: [problem], raw };
    }

    const { input, problems } = mapRow(SALESFORCE_DATA_LOADER_PRESET, raw);

    return { rowNumber, line: null, input, problems, raw };
  });
}

function readRecords(text: string): unknown[] {
  let document: unknown;

  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportFormatError(ImportFormatErrorCode.MalformedFile, `The file is not valid JSON (${detail}).`);
  }

  const records = isObject(document) ? document['records'] : undefined;
  if (!Array.isArray(records)) {
    throw new ImportFormatError(
      ImportFormatErrorCode.MalformedFile,
      'The JSON has no "records" array. Upload a Salesforce sObject tree file, such as `sf data export tree` writes.',
    );
  }

  return records;
}

/**
 * Turns a record into column values: `attributes` becomes `attributes.type` and
 * `attributes.referenceId`, null becomes an empty string, and nested objects stay as JSON text.
 */
function flattenRecord(record: unknown): Record<string, string> {
  const raw: Record<string, string> = {};
  if (!isObject(record)) {
    return raw;
  }

  for (const [key, value] of Object.entries(record)) {
    if (key === 'attributes' && isObject(value)) {
      for (const [attribute, attributeValue] of Object.entries(value)) {
        raw[`attributes.${attribute}`] = formatJsonValue(attributeValue);
      }
    } else {
      raw[key] = formatJsonValue(value);
    }
  }

  return raw;
}

function checkLeadRecord(raw: Record<string, string>, rowNumber: number): FieldProblem | null {
  const type = raw['attributes.type'];
  if (type === 'Lead') {
    return null;
  }

  return {
    field: 'row',
    value: type ?? null,
    message:
      type === undefined
        ? `Record ${rowNumber} has no attributes.type. Only records of type "Lead" can be imported.`
        : `Record ${rowNumber} has the type "${type}". Only records of type "Lead" can be imported.`,
  };
}

function formatJsonValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }

  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
