import { DateTime } from 'luxon';

import type { FieldProblem } from './model';

/**
 * Earliest accepted arrival time. Earlier values are placeholders, such as 0001-01-01 (the minimum
 * date of .NET) or 1970-01-01 (the Unix epoch), rather than the time a lead arrived.
 */
export const EARLIEST_ARRIVED_AT = '2000-01-01T00:00:00Z';

const EARLIEST_ARRIVAL = DateTime.fromISO(EARLIEST_ARRIVED_AT, { zone: 'utc' });

/** How far past `now` an arrival time may lie, to absorb clock skew between the source system and Accord. */
const ARRIVED_AT_TOLERANCE = { days: 1 } as const;

function formatInstant(instant: DateTime): string {
  return instant.toUTC().toISO({ suppressMilliseconds: true }) ?? instant.toString();
}

/**
 * Returns the latest accepted arrival time, one day after `now`, or null when `now` is undefined.
 * Throws when `now` is not an ISO 8601 date-time, because that is the caller's mistake, not the lead's.
 */
export function latestArrivedAtFor(now: string | undefined): DateTime | null {
  if (now === undefined) {
    return null;
  }

  const parsed = DateTime.fromISO(now, { zone: 'utc' });
  if (!parsed.isValid) {
    throw new Error(
      `validateLeadInput option now "${now}" is not an ISO 8601 date-time; pass the current time, such as 2026-03-02T09:30:00Z`,
    );
  }

  return parsed.plus(ARRIVED_AT_TOLERANCE);
}

/**
 * Checks that `arrivedAt` is an ISO 8601 date-time from `EARLIEST_ARRIVED_AT` on and, when `latest`
 * is given, no later than it. A value without an offset is read as UTC.
 */
export function checkArrivedAt(arrivedAt: string | null, latest: DateTime | null): FieldProblem[] {
  if (arrivedAt === null) {
    return [];
  }

  const instant = DateTime.fromISO(arrivedAt, { zone: 'utc' });
  if (!instant.isValid) {
    return [
      {
        field: 'arrivedAt',
        value: arrivedAt,
        message: `arrivedAt "${arrivedAt}" is not an ISO 8601 date-time; send a value such as 2026-03-02T09:30:00Z`,
      },
    ];
  }
  if (instant >= EARLIEST_ARRIVAL && (latest === null || instant <= latest)) {
    return [];
  }

  const range =
    latest === null
      ? `${EARLIEST_ARRIVED_AT} or later`
      : `from ${EARLIEST_ARRIVED_AT} to ${formatInstant(latest)}, one day after now`;

  return [
    {
      field: 'arrivedAt',
      value: arrivedAt,
      message: `arrivedAt "${arrivedAt}" is outside the allowed range, ${range}; send the time the lead first arrived in the source system`,
    },
  ];
}
