import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // The cache keeps one list per filter, and "Load more" appends the next page to it.
      leads: relayStylePagination(['filter']),
      auditLog: relayStylePagination(['filter']),
    },
  },
  GovernanceVersion: { keyFields: ['version'] },
  ReasonCode: { keyFields: ['code'] },
  // Stage and motion definitions change between governance versions, so they stay inside their version.
  StageDefinition: { keyFields: false },
  MotionDefinition: { keyFields: false },
};
