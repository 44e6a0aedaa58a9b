/**
 * Pure maths behind the funnel KPIs: company size bands, ratios and percentiles. The SQL in
 * db/src/kpi builds its size-band CASE expression from `COMPANY_SIZE_BANDS`, so both agree.
 */

/** A company size band: employee counts from `minEmployees` up to and including `maxEmployees`. */
export interface CompanySizeBand {
  key: string;
  minEmployees: number;
  /** Null for the open-ended top band. */
  maxEmployees: number | null;
}

/** Company size bands by employee count, in ascending order and without gaps. */
export const COMPANY_SIZE_BANDS: readonly CompanySizeBand[] = [
  { key: '1-49', minEmployees: 1, maxEmployees: 49 },
  { key: '50-199', minEmployees: 50, maxEmployees: 199 },
  { key: '200-999', minEmployees: 200, maxEmployees: 999 },
  { key: '1000+', minEmployees: 1000, maxEmployees: null },
];

/** Band of a lead whose employee count is missing or below 1. */
export const UNKNOWN_SIZE_BAND = 'UNKNOWN';

/** Returns the key of the size band an employee count falls in, or `UNKNOWN_SIZE_BAND`. */
export function chooseCompanySizeBand(employeeCount: number | null | undefined): string {
  if (employeeCount === null || employeeCount === undefined || !Number.isFinite(employeeCount)) {
    return UNKNOWN_SIZE_BAND;
  }

  const band = COMPANY_SIZE_BANDS.find(
    (candidate) => employeeCount >= candidate.minEmployees && (candidate.maxEmployees === null || employeeCount <= candidate.maxEmployees),
  );

  return band?.key ?? UNKNOWN_SIZE_BAND;
}

/** Lists every size band key a filter may name, the unknown band included. */
export function listCompanySizeBandKeys(): string[] {
  return [...COMPANY_SIZE_BANDS.map((band) => band.key), UNKNOWN_SIZE_BAND];
}

/** Returns numerator / denominator as a ratio 0..1, or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Returns the continuous percentile (fraction 0..1) of the values, interpolating linearly between
 * the two nearest ranks as PostgreSQL's `percentile_cont` does. Returns null for no values.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new RangeError(`percentile fraction ${fraction} is invalid: use a number from 0 to 1`);
  }

  if (values.length === 0) {
    return null;
  }

  const sorted = [...values].sort((left, right) => left - right);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lowerValue = sorted[lower] as number;
  const upperValue = sorted[upper] as number;

  return lowerValue + (upperValue - lowerValue) * (position - lower);
}
