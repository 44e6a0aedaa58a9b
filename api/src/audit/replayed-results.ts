/**
 * Results of mutations that changed nothing because they repeated an earlier request: an
 * idempotency key sent again, or a partner's repeat of a lead within the duplicate window. The
 * audit middleware writes no entry for them, since the first request already has one.
 */
const replayed = new WeakSet<object>();

/** Marks a resolver's result as the response to a repeated request, and returns it. */
export function markReplayed<Result extends object>(result: Result): Result {
  replayed.add(result);

  return result;
}

export function isReplayed(result: unknown): boolean {
  return typeof result === 'object' && result !== null && replayed.has(result);
}
