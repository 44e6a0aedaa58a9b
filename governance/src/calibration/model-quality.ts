/** Area under the ROC curve with its standard error, on held-out leads. */
export interface AucEstimate {
  /** Probability that a random positive scores above a random negative; 0.5 is chance. Null without both outcomes. */
  auc: number | null;
  /** Standard error by the Hanley–McNeil formula, null when `auc` is null. */
  standardError: number | null;
  positives: number;
  negatives: number;
}

/**
 * Computes the AUC as the Mann-Whitney statistic: ranks of the predictions, tied predictions sharing
 * their mean rank.
 */
export function computeAuc(predictions: readonly number[], labels: readonly number[]): AucEstimate {
  const order = predictions.map((prediction, index) => ({ prediction, label: labels[index] ?? 0 }));
  order.sort((left, right) => left.prediction - right.prediction);

  let positives = 0;
  let positiveRankSum = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.prediction === order[start]?.prediction) {
      end += 1;
    }
    const meanRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) {
      if (order[i]?.label === 1) {
        positives += 1;
        positiveRankSum += meanRank;
      }
    }
    start = end + 1;
  }

  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) {
    return { auc: null, standardError: null, positives, negatives };
  }

  const auc = (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) / (positives * negatives);

  return { auc, standardError: Math.sqrt(Math.max(0, variance)), positives, negatives };
}

/**
 * Returns whether a lead belongs to the held-out fifth: FNV-1a (32 bit) of its id, modulo 5, is 0.
 * The split depends only on the id, so every run and every caller holds out the same leads.
 */
export function isHeldOut(leadId: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < leadId.length; i += 1) {
    hash ^= leadId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }

  return hash % 5 === 0;
}
