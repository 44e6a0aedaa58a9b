import type { GovernanceDiffEntry } from './diff-governance-models';

/** One item matched by key across two lists, with its index in each (-1 when absent there). */
export interface KeyedPair<T> {
  key: string;
  before: T | null;
  after: T | null;
  beforeIndex: number;
  afterIndex: number;
}

/**
 * Matches the items of two lists by key: items of `after` in their order, then the removed items of
 * `before` in theirs. A key repeated in one list pairs with the next unmatched repeat in the other.
 */
export function pairByKey<T>(before: readonly T[], after: readonly T[], keyOf: (item: T) => string): Array<KeyedPair<T>> {
  const unmatchedBefore = new Map<string, number[]>();
  before.forEach((item, index) => {
    const key = keyOf(item);
    unmatchedBefore.set(key, [...(unmatchedBefore.get(key) ?? []), index]);
  });

  const pairs: Array<KeyedPair<T>> = after.map((item, afterIndex) => {
    const key = keyOf(item);
    const beforeIndex = unmatchedBefore.get(key)?.shift() ?? -1;

    return { key, before: beforeIndex === -1 ? null : (before[beforeIndex] as T), after: item, beforeIndex, afterIndex };
  });

  const removed: Array<KeyedPair<T>> = [];
  for (const [key, indexes] of unmatchedBefore) {
    for (const beforeIndex of indexes) {
      removed.push({ key, before: before[beforeIndex] as T, after: null, beforeIndex, afterIndex: -1 });
    }
  }
  removed.sort((left, right) => left.beforeIndex - right.beforeIndex);

  return [...pairs, ...removed];
}

/** Returns the path of a paired item: its index in `after`, or in `before` when it was removed. */
export function pairPath(listPath: string, pair: KeyedPair<unknown>): string {
  return `${listPath}[${pair.afterIndex === -1 ? pair.beforeIndex : pair.afterIndex}]`;
}

/**
 * Compares two JSON values. Object key order does not matter, because the API stores models in
 * PostgreSQL jsonb, which reorders keys, and a property set to undefined counts as absent.
 */
export function isSameValue(left: unknown, right: unknown): boolean {
  if (left === right) {
    return true;
  }
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => isSameValue(item, right[index]))
    );
  }

  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)]);

  return [...keys].every((key) => isSameValue(leftRecord[key], rightRecord[key]));
}

/** Builds an entry `<subject>: <before> → <after>` when the two words differ, else nothing. */
export function describeChange(path: string, subject: string, before: string, after: string): GovernanceDiffEntry[] {
  if (before === after) {
    return [];
  }

  return [{ path, description: `${subject}: ${before} → ${after}`, before, after }];
}
