import { gql, type TypedDocumentNode } from '@apollo/client';

/** How often a reason code was used. A used code can be retired but not deleted. */
export interface ReasonCodeUsage {
  code: string;
  label: string;
  active: boolean;
  leadCount: number;
  transitionCount: number;
}

export const REASON_CODE_USAGE: TypedDocumentNode<{ reasonCodeUsage: ReasonCodeUsage[] }, Record<string, never>> = gql`
  query ReasonCodeUsage {
    reasonCodeUsage {
      code
      label
      active
      leadCount
      transitionCount
    }
  }
`;
