const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const;

/**
 * Format a whole number of seconds in the largest unit that divides it evenly, with the locale's
 * unit name (`1 hour`, `90 minutes`). Used for SLA targets, which the API gives in seconds.
 */
export function formatDuration(totalSeconds: number): string {
  const match = UNITS.find(({ seconds }) => totalSeconds >= seconds && totalSeconds % seconds === 0);
  const unit = match?.unit ?? 'second';
  const amount = totalSeconds / (match?.seconds ?? 1);

  return new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}
