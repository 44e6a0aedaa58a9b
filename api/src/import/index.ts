export type { ColumnMapping, ImportPreset } from './column-mapping';
export { formatAccordCsv } from './format-accord-csv';
export { ImportFormatError, ImportFormatErrorCode } from './import-format-error';
export { CSV_IMPORT_PRESETS, detectImportPreset, findImportPreset } from './import-presets';
export { parseCsv, type CsvDelimiter, type CsvRecord, type ParsedCsv } from './parse-csv';
export { parseImportFile, type ParseImportFileRequest } from './parse-import-file';
export { parseSObjectTree, SOBJECT_TREE_PRESET_NAME } from './parse-sobject-tree';
export type { ParsedImportFile, ParsedImportRow } from './parsed-import-row';
export { ACCORD_EXPORT_COLUMNS } from './presets/accord-export.preset';
