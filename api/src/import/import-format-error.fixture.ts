import { ImportFormatError } from './import-format-error';

/** Runs `action` and returns the `ImportFormatError` it throws, or fails the test when it throws none. */
export function catchImportFormatError(action: () => unknown): ImportFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportFormatError) {
      return error;
    }

    throw error;
  }

  throw new Error('expected an ImportFormatError, but nothing was thrown');
}
