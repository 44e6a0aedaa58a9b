const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns whether a string is a UUID. Other strings cannot name a row, so lookups return NOT_FOUND without a query. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
