const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

const unitFormats = new Map<string, Intl.NumberFormat>();

/**
 * Format a measured duration in whole seconds as its largest unit and, when not zero, the next smaller
 * one, with the locale's unit names (`2 hours, 5 minutes`, `3 days`, `45 seconds`). The rest is
 * dropped, not rounded, so a duration never reads longer than it was. Negative input formats its
 * absolute value. `locale` defaults to the browser's.
 */
export function formatElapsed(totalSeconds: number, locale?: string): string {
  let remaining = Math.floor(Math.abs(totalSeconds));
  const amounts = UNITS.map(({ unit, seconds }) => {
    const amount = Math.floor(remaining / seconds);
    remaining -= amount * seconds;

    return { unit, amount };
  });

  const largest = amounts.findIndex(({ amount }) => amount > 0);
  if (largest === -1) return formatUnit(0, 'second', locale);

  const parts = amounts.slice(largest, largest + 2).filter(({ amount }) => amount > 0);

  return parts.map(({ unit, amount }) => formatUnit(amount, unit, locale)).join(', ');
}

function formatUnit(amount: number, unit: string, locale: string | undefined): string {
  const key = `${locale ?? ''}:${unit}`;
  let format = unitFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(key, format);
  }

  return format.format(amount);
}
