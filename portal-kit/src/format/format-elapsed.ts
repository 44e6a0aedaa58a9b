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
 * absolute value.
 */
export function formatElapsed(totalSeconds: number): string {
  let remaining = Math.floor(Math.abs(totalSeconds));
  const amounts = UNITS.map(({ unit, seconds }) => {
    const amount = Math.floor(remaining / seconds);
    remaining -= amount * seconds;

    return { unit, amount };
  });

  const largest = amounts.findIndex(({ amount }) => amount > 0);
  if (largest === -1) return formatUnit(0, 'second');

  const parts = amounts.slice(largest, largest + 2).filter(({ amount }) => amount > 0);

  return parts.map(({ unit, amount }) => formatUnit(amount, unit)).join(', ');
}

function formatUnit(amount: number, unit: string): string {
  let format = unitFormats.get(unit);
  if (format === undefined) {
    format = new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(unit, format);
  }

  return format.format(amount);
}
