import { AccordError } from '../errors/accord-error';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Printable ASCII, space to tilde: what a UUID, a hash or a request id from another system contains. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/** Throws BAD_USER_INPUT naming the value and the rule when an idempotency key is empty, too long or not printable. */
export function checkIdempotencyKey(key: string | null): void {
  if (key === null) {
    return;
  }

  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !PRINTABLE_ASCII.test(key)) {
    const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
    const message =
      `idempotencyKey "${shown}" (${key.length} characters) is invalid; send 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII ` +
      'characters, such as a UUID, or leave it out';

    throw AccordError.badUserInput([{ field: 'idempotencyKey', value: shown, message }]);
  }
}
