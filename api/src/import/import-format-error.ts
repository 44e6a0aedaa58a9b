/** Reason codes for rejecting a whole import file before any row is imported. */
export enum ImportFormatErrorCode {
  /** The file has no header line, or the JSON has no `records` array. */
  EmptyFile = 'EMPTY_FILE',
  NotUtf8 = 'NOT_UTF8',
  /** The CSV or JSON syntax is broken, for example a quote that is never closed. */
  MalformedFile = 'MALFORMED_FILE',
  DuplicateColumn = 'DUPLICATE_COLUMN',
  UnknownHeader = 'UNKNOWN_HEADER',
  /** The header fits more than one preset equally well. */
  AmbiguousHeader = 'AMBIGUOUS_HEADER',
  UnknownPreset = 'UNKNOWN_PRESET',
  /** The preset chosen by name reads another file format, such as a CSV preset for a JSON file. */
  PresetMismatch = 'PRESET_MISMATCH',
  /** The file is larger than `MAX_IMPORT_FILE_BYTES`. */
  FileTooLarge = 'FILE_TOO_LARGE',
  /** The file has more data rows than `MAX_IMPORT_ROWS`. */
  TooManyRows = 'TOO_MANY_ROWS',
}

/**
 * A file that cannot be read as a whole. Problems with single rows are reported per row as
 * `FieldProblem`s instead. The message is safe to show to the person who uploaded the file.
 */
export class ImportFormatError extends Error {
  override readonly name = 'ImportFormatError';

  constructor(
    readonly code: ImportFormatErrorCode,
    message: string,
  ) {
    super(message);
  }
}
