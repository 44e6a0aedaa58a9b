import { AccordError } from '../errors/accord-error';
import { isUuid } from '../auth/is-uuid';

/**
 * Position of a lead in the queue order `sla_due_at ASC NULLS LAST, id ASC`. The due time keeps
 * PostgreSQL's microseconds, so a cursor never falls between two rows whose times differ by less
 * than a millisecond.
 */
export interface LeadCursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC, or null for a lead without a running SLA. */
  slaDueAt: string | null;
  id: string;
}

const DUE_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Encodes a cursor as base64url JSON, opaque to clients. */
export function encodeLeadCursor(cursor: LeadCursor): string {
  return Buffer.from(JSON.stringify([cursor.slaDueAt, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from `encodeLeadCursor`, or throws BAD_USER_INPUT on the argument `after`. */
export function decodeLeadCursor(value: string): LeadCursor {
  const parsed = parseJson(Buffer.from(value, 'base64url').toString('utf8'));

  if (Array.isArray(parsed) && parsed.length === 2) {
    const [slaDueAt, id]: unknown[] = parsed;
    const dueAtValid = slaDueAt === null || (typeof slaDueAt === 'string' && isValidDueAt(slaDueAt));
    if (dueAtValid && typeof id === 'string' && isUuid(id)) {
      return { slaDueAt, id };
    }
  }

  throw invalidLeadCursor(value);
}

/** Builds the BAD_USER_INPUT error for an `after` value that is not a cursor of the leads list. */
export function invalidLeadCursor(value: string): AccordError {
  return AccordError.badUserInput([
    {
      field: 'after',
      value,
      message: 'after is not a cursor of this list; pass the cursor or endCursor of a previous leads page, or omit after',
    },
  ]);
}

/**
 * Returns whether the text has the cursor's time format and names a moment that PostgreSQL can
 * cast. 2026-02-30 and 24:00 match the format but do not survive a round trip through `Date`, and
 * PostgreSQL has no year 0.
 */
function isValidDueAt(text: string): boolean {
  if (!DUE_AT_PATTERN.test(text) || text.startsWith('0000')) {
    return false;
  }

  const seconds = text.slice(0, 19);
  const milliseconds = Date.parse(`${seconds}Z`);

  return !Number.isNaN(milliseconds) && new Date(milliseconds).toISOString().slice(0, 19) === seconds;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
