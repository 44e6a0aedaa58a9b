import { isUuid } from '../auth/is-uuid';
import { AccordError } from '../errors/accord-error';

/**
 * Position of an entry in the audit order `occurred_at DESC, id DESC`. The instant keeps
 * PostgreSQL's microseconds, so a cursor never falls between two entries less than a millisecond apart.
 */
export interface AuditCursor {
  /** `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC. */
  occurredAt: string;
  id: string;
}

const OCCURRED_AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Encodes a cursor as base64url JSON, opaque to clients. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from `encodeAuditCursor`, or throws BAD_USER_INPUT on the argument `after`. */
export function decodeAuditCursor(value: string): AuditCursor {
  const parsed = parseJson(Buffer.from(value, 'base64url').toString('utf8'));

  if (Array.isArray(parsed) && parsed.length === 2) {
    const [occurredAt, id]: unknown[] = parsed;
    if (typeof occurredAt === 'string' && OCCURRED_AT_PATTERN.test(occurredAt) && typeof id === 'string' && isUuid(id)) {
      return { occurredAt, id };
    }
  }

  throw AccordError.badUserInput([
    {
      field: 'after',
      value,
      message: 'after is not a cursor of the audit log; pass the cursor or endCursor of a previous auditLog page, or omit after',
    },
  ]);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
