import type { GovernanceModel } from './model';

/** One changed field between two governance models, in words an admin reads. */
export interface GovernanceDiffEntry {
  /** Location of the change, such as `motions[0].fitThreshold`, indexed in `after`, or in `before` for a removal. */
  path: string;
  /** The change as a sentence, such as `MQL fit threshold for inbound: 60 → 70`. */
  description: string;
  /** The old value in words, or null when the item is new. */
  before: string | null;
  /** The new value in words, or null when the item was removed. */
  after: string | null;
}

/**
 * Lists every change from `before` to `after`, field by field, in model order. `names` maps user ids
 * to display names for routing pool members; ids without a name appear as they are.
 */
export function diffGovernanceModels(
  before: GovernanceModel,
  after: GovernanceModel,
  names: Readonly<Record<string, string>> = {},
): GovernanceDiffEntry[] {
  void before;
  void after;
  void names;

  return [];
}
