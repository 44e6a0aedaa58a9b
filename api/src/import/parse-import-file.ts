import { mapRow, normalizeColumnName, type ImportPreset } from './column-mapping';
import { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, SPLIT_FILE_ADVICE } from './import-limits';
import { detectImportPreset, findImportPreset } from './import-presets';
import { parseCsv, type CsvRecord } from './parse-csv';
import { parseSObjectTree, SOBJECT_TREE_PRESET_NAME } from './parse-sobject-tree';
import type { ParsedImportFile, ParsedImportRow } from './parsed-import-row';

export interface ParseImportFileRequest {
  fileName: string;
  content: Buffer | string;
  /** Preset name. Without it, a JSON file reads as an sObject tree and a CSV header picks the preset. */
  preset?: string;
}

/**
 * Parses an import file into rows and maps each row to a `LeadInput` with one preset. Only formats
 * are checked here. The caller validates every row's input against the governance rules afterwards.
 *
 * A file counts as JSON when its name ends in `.json` or its content starts with `{`. Throws
 * `ImportFormatError` when the file is over `MAX_IMPORT_FILE_BYTES` (checked before parsing) or
 * `MAX_IMPORT_ROWS` (checked while parsing), when it cannot be read as a whole, when no preset fits
 * the header, or when the named preset is unknown or reads the other format.
 */
export function parseImportFile(request: ParseImportFileRequest): ParsedImportFile {
  const { fileName, content, preset: presetName } = request;
  checkFileSize(content);
  const isJson = looksLikeJson(fileName, content);
  const limits = { maxRecords: MAX_IMPORT_ROWS };

  if (presetName === SOBJECT_TREE_PRESET_NAME || (presetName === undefined && isJson)) {
    const rows = parseSObjectTree(content, limits);

    return { preset: SOBJECT_TREE_PRESET_NAME, rows, total: rows.length };
  }

  const preset = presetName === undefined ? undefined : findImportPreset(presetName);
  if (preset !== undefined && isJson) {
    throw new ImportFormatError(
      ImportFormatErrorCode.PresetMismatch,
      `The file ${fileName} is JSON, but the preset ${preset.name} reads CSV files. ` +
        `Choose ${SOBJECT_TREE_PRESET_NAME} or no preset.`,
    );
  }

  const csv = parseCsv(content, limits);
  const chosenPreset = preset ?? detectImportPreset(csv.header);
  checkPresetReadsHeader(chosenPreset, csv.header);
  const rows = csv.records.map((record) => toImportRow(chosenPreset, record));

  return { preset: chosenPreset.name, rows, total: rows.length };
}

function checkFileSize(content: Buffer | string): void {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  if (bytes <= MAX_IMPORT_FILE_BYTES) {
    return;
  }

  throw new ImportFormatError(
    ImportFormatErrorCode.FileTooLarge,
    `The file is ${bytes} bytes, and an import may be at most ${MAX_IMPORT_FILE_BYTES} bytes (${MAX_IMPORT_FILE_BYTES / 1_000_000} MB). ${SPLIT_FILE_ADVICE}`,
  );
}

function looksLikeJson(fileName: string, content: Buffer | string): boolean {
  const start = typeof content === 'string' ? content.slice(0, 64) : content.subarray(0, 64).toString('utf8');

  return fileName.toLowerCase().endsWith('.json') || start.replace(/^\uFEFF/, '').trimStart().startsWith('{');
}

/** A preset chosen by name must know at least one column, or every row would map to an empty lead. */
function checkPresetReadsHeader(preset: ImportPreset, header: readonly string[]): void {
  const columns = new Set(header.map(normalizeColumnName));
  if (preset.columns.some((mapping) => columns.has(normalizeColumnName(mapping.column)))) {
    return;
  }

  const known = preset.columns.map((mapping) => `"${mapping.column}"`).join(', ');
  throw new ImportFormatError(
    ImportFormatErrorCode.UnknownHeader,
    `The header has none of the columns that the preset ${preset.name} reads: ${known}.`,
  );
}

function toImportRow(preset: ImportPreset, record: CsvRecord): ParsedImportRow {
  const { rowNumber, line, values, problems } = record;
  if (problems.length > 0) {
    return { rowNumber, line, input: null, problems, raw: values };
  }

  const mapped = mapRow(preset, values);

  return { rowNumber, line, input: mapped.input, problems: mapped.problems, raw: values };
}
