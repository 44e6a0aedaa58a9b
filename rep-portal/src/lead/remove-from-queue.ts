import type { ApolloCache, Reference } from '@apollo/client';

/** Drop a lead from the cached `myQueue` list, so the queue page shows the change before its next poll. */
export function removeFromQueue(cache: ApolloCache, leadId: string): void {
  cache.modify({
    fields: {
      myQueue(existing: readonly Reference[], { readField }) {
        return existing.filter((ref) => readField('id', ref) !== leadId);
      },
    },
  });
}
