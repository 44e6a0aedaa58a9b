/** Trims text and turns an empty or absent value into null. */
export function trimToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';

  return trimmed === '' ? null : trimmed;
}
