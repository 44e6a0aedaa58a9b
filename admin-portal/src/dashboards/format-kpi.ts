const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat(undefined);
const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** Format a ratio from 0 to 1 as a percentage, or `notSet` for null. */
export function formatRatio(ratio: number | null, notSet: string): string {
  return ratio === null ? notSet : percentFormat.format(ratio);
}

export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** `part / whole` as a ratio, or null when `whole` is 0, matching how the API reports rates. */
export function ratioOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export type DurationUnit = 'minutes' | 'hours';

/** Choose the unit that keeps durations up to `maxSeconds` readable: minutes below two hours, otherwise hours. */
export function durationUnitFor(maxSeconds: number): DurationUnit {
  return maxSeconds < 7_200 ? 'minutes' : 'hours';
}

/** Convert seconds to `unit`. */
export function secondsIn(seconds: number, unit: DurationUnit): number {
  return seconds / (unit === 'minutes' ? 60 : 3_600);
}

/** Format seconds as a number of minutes or hours with the unit's name, such as `1.5 hours`. */
export function formatSeconds(seconds: number | null, unit: DurationUnit, notSet: string): string {
  if (seconds === null) return notSet;

  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: unit === 'minutes' ? 'minute' : 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(secondsIn(seconds, unit));
}

/** Format a plain number with at most one decimal, for axis ticks. */
export function formatAmount(amount: number): string {
  return amountFormat.format(amount);
}
