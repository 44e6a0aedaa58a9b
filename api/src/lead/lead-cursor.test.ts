import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { decodeLeadCursor, encodeLeadCursor } from './lead-cursor';

const id = '0b7e7d4e-1f7c-4c50-9a8e-4d2b5b0f3c11';

describe('lead cursor', () => {
  it.each([
    { slaDueAt: '2026-03-02T09:30:00.123456Z', id },
    { slaDueAt: null, id },
    { slaDueAt: '2028-02-29T23:59:59.999999Z', id },
  ])('round-trips %p', (cursor) => {
    expect(decodeLeadCursor(encodeLeadCursor(cursor))).toEqual(cursor);
  });

  it('uses the base64url alphabet only', () => {
    expect(encodeLeadCursor({ slaDueAt: '2026-03-02T09:30:00.123456Z', id })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a JSON object', Buffer.from(JSON.stringify({ id })).toString('base64url')],
    ['an id that is not a UUID', Buffer.from(JSON.stringify([null, 'abc'])).toString('base64url')],
    ['a due time without microseconds', Buffer.from(JSON.stringify(['2026-03-02T09:30:00Z', id])).toString('base64url')],
    ['February 30', Buffer.from(JSON.stringify(['2026-02-30T09:30:00.000000Z', id])).toString('base64url')],
    ['February 29 of a common year', Buffer.from(JSON.stringify(['2026-02-29T09:30:00.000000Z', id])).toString('base64url')],
    ['month 13', Buffer.from(JSON.stringify(['2026-13-01T09:30:00.000000Z', id])).toString('base64url')],
    ['hour 24', Buffer.from(JSON.stringify(['2026-03-02T24:00:00.000000Z', id])).toString('base64url')],
    ['minute 60', Buffer.from(JSON.stringify(['2026-03-02T09:60:00.000000Z', id])).toString('base64url')],
    ['year 0', Buffer.from(JSON.stringify(['0000-03-02T09:30:00.000000Z', id])).toString('base64url')],
  ])('rejects %s with BAD_USER_INPUT on after', (_case, value) => {
    let caught: unknown;
    try {
      decodeLeadCursor(value);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(AccordError);
    expect((caught as AccordError).code).toBe(AccordErrorCode.BadUserInput);
    expect((caught as AccordError).problems[0]?.field).toBe('after');
  });
});
