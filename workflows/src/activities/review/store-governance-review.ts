import { GovernanceReviewEntity } from '@accord/db';
import type { DataSource } from 'typeorm';

import { compileReviewPack, type CompileReviewPackInput } from './compile-review-pack';

export interface StoredReview {
  reviewId: string;
  /** False when a pack for the month was already stored, by an earlier attempt or another run. */
  created: boolean;
}

/**
 * Stores the review pack of a month once. A month that already has a pack is left as it is, without
 * compiling again. Two runs that compile at the same time meet at the unique month, and the later
 * insert finds the earlier row.
 */
export async function storeGovernanceReview(dataSource: DataSource, input: CompileReviewPackInput): Promise<StoredReview> {
  const repository = dataSource.getRepository(GovernanceReviewEntity);
  const existing = await repository.findOne({ where: { month: input.month }, select: { id: true } });
  if (existing !== null) {
    return { reviewId: existing.id, created: false };
  }

  const pack = await compileReviewPack(dataSource, input);
  const inserted: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO governance_reviews (month, pack, compiled_at) VALUES ($1, $2, $3) ON CONFLICT (month) DO NOTHING RETURNING id`,
    [input.month, JSON.stringify(pack), input.now],
  );
  const row = inserted[0];
  if (row !== undefined) {
    return { reviewId: row.id, created: true };
  }

  const stored = await repository.findOneOrFail({ where: { month: input.month }, select: { id: true } });

  return { reviewId: stored.id, created: false };
}
