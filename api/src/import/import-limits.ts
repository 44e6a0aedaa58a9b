/**
 * Limits of one import. The byte limit is checked before parsing and the row limit while parsing,
 * so a larger file is refused before its rows are built.
 *
 * NOTE: parsing runs synchronously in the importLeads request, so other requests wait for it. Measured
 * once under jest on a 2-core machine: a 9 MB CSV file of 50,000 rows took 1.6 s and about 110 MB of
 * heap. A 10 MB JSON file of 3.3 million empty records took 1.4 s to reject.
 */

/** Largest import file, in bytes of UTF-8 (10 MB). */
export const MAX_IMPORT_FILE_BYTES = 10_000_000;

/** Most data rows in one import file. */
export const MAX_IMPORT_ROWS = 50_000;

/** Imports that one user may have RUNNING at once. The command-line import, which runs as the system, is not counted. */
export const MAX_RUNNING_IMPORTS_PER_USER = 2;

/** Advice for a file over either limit. */
export const SPLIT_FILE_ADVICE =
  `Split the file into parts of at most ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_FILE_BYTES / 1_000_000} MB ` +
  'and import each part; keep the header line in every part of a CSV file.';
