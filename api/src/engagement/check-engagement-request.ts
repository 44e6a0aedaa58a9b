import type { FieldProblem, ScoringModel } from '@accord/governance';

/** How far a sender's `occurredAt` may lie ahead of the server's clock, in milliseconds, to absorb clock skew between systems. */
export const OCCURRED_AT_SKEW_MS = 60_000;

/** Maximum length of an idempotency key, in characters. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** An engagement event as a sender reports it, before it is stored. */
export interface EngagementRequest {
  leadId: string;
  event: string;
  occurredAt: Date;
  idempotencyKey: string;
}

function checkEvent(event: string, scoring: ScoringModel): FieldProblem[] {
  const known = (scoring.behaviourWeights ?? []).map((weight) => weight.event);
  if (known.includes(event)) {
    return [];
  }

  const fix =
    known.length === 0
      ? 'the published governance version weights no events, so ask an admin to add behaviour weights first'
      : `send one of: ${known.join(', ')}`;

  return [{ field: 'event', value: event.slice(0, 100), message: `event "${event.slice(0, 100)}" is not a known engagement event; ${fix}` }];
}

/** The earliest engagement instant accepted; an earlier one is a wrong or missing date, such as year 1. */
const EARLIEST_OCCURRED_AT = new Date('2000-01-01T00:00:00Z');

function checkOccurredAt(occurredAt: Date, now: Date): FieldProblem[] {
  if (Number.isNaN(occurredAt.getTime())) {
    return [{ field: 'occurredAt', value: null, message: 'occurredAt is not a valid date-time; send an ISO 8601 instant such as 2026-12-01T09:30:00Z' }];
  }
  if (occurredAt.getTime() < EARLIEST_OCCURRED_AT.getTime()) {
    return [
      {
        field: 'occurredAt',
        value: occurredAt.toISOString(),
        message: `occurredAt ${occurredAt.toISOString()} is before ${EARLIEST_OCCURRED_AT.toISOString()}; send the time the lead engaged`,
      },
    ];
  }
  if (occurredAt.getTime() > now.getTime() + OCCURRED_AT_SKEW_MS) {
    return [
      {
        field: 'occurredAt',
        value: occurredAt.toISOString(),
        message: `occurredAt ${occurredAt.toISOString()} is in the future (server time ${now.toISOString()}); send the time the lead engaged`,
      },
    ];
  }

  return [];
}

function hasControlCharacter(value: string): boolean {
  return [...value].some((character) => {
    const codePoint = character.codePointAt(0) ?? 0;

    return codePoint < 0x20 || codePoint === 0x7f;
  });
}

function checkIdempotencyKey(key: string): FieldProblem[] {
  if (key.trim() === '' || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || hasControlCharacter(key)) {
    return [
      {
        field: 'idempotencyKey',
        value: key.slice(0, 50),
        message: `idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters without control characters; send a key that is unique per event, such as the sender's event id`,
      },
    ];
  }

  return [];
}

/** Returns every problem of an engagement request under the published scoring model; an empty list means it is valid. */
export function checkEngagementRequest(request: EngagementRequest, scoring: ScoringModel, now: Date): FieldProblem[] {
  return [...checkEvent(request.event, scoring), ...checkOccurredAt(request.occurredAt, now), ...checkIdempotencyKey(request.idempotencyKey)];
}
