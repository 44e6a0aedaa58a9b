import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // The cache keeps one list per filter, and "Load more" appends the next page to it.
      leads: relayStylePagination(['filter']),
    },
  },
  ReasonCode: { keyFields: ['code'] },
  // A score breakdown has no id of its own, so each result replaces the cached one whole.
  ScoreBreakdown: { keyFields: false, merge: false },
};
