import type { Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { LEAD_DETAIL_FIELDS } from './lead-detail.fragment';
import type { LeadActionMutation, ReasonOptionsQuery } from './lead.operations';

export const QUALIFY_LEAD: LeadActionMutation = gql`
  mutation QualifyLead($id: ID!) {
    qualifyLead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const CONVERT_LEAD: LeadActionMutation = gql`
  mutation ConvertLead($id: ID!) {
    convertLead(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const DISQUALIFY_LEAD: LeadActionMutation = gql`
  mutation DisqualifyLead($id: ID!, $reasonCode: String!, $note: String) {
    disqualifyLead(id: $id, reasonCode: $reasonCode, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const RECYCLE_LEAD: LeadActionMutation = gql`
  mutation RecycleLead($id: ID!, $reasonCode: String!, $note: String) {
    recycleLead(id: $id, reasonCode: $reasonCode, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const WIN_OPPORTUNITY: LeadActionMutation = gql`
  mutation WinOpportunity($id: ID!) {
    winOpportunity(id: $id) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const LOSE_OPPORTUNITY: LeadActionMutation = gql`
  mutation LoseOpportunity($id: ID!, $reasonCode: String!, $note: String) {
    loseOpportunity(id: $id, reasonCode: $reasonCode, note: $note) {
      ...LeadDetailFields
    }
  }
  ${LEAD_DETAIL_FIELDS}
`;

export const LOST_REASONS: ReasonOptionsQuery = gql`
  query LostReasons {
    reasonCodes(kind: LOST) {
      code
      label
      noteRequired
      active
    }
  }
`;

export const DISQUALIFY_REASONS: ReasonOptionsQuery = gql`
  query DisqualifyReasons {
    reasonCodes(kind: DISQUALIFY) {
      code
      label
      noteRequired
      active
    }
  }
`;

export const RECYCLE_REASONS: ReasonOptionsQuery = gql`
  query RecycleReasons {
    reasonCodes(kind: RECYCLE) {
      code
      label
      noteRequired
      active
    }
  }
`;

export interface StageRequirement {
  stage: Stage;
  label: string;
  requiredFields: string[];
}

/** Required fields per stage of the published governance model, for the hints beside forward actions. */
export const STAGE_REQUIREMENTS: TypedDocumentNode<{ stages: StageRequirement[] }, Record<string, never>> = gql`
  query StageRequirements {
    stages {
      stage
      label
      requiredFields
    }
  }
`;
