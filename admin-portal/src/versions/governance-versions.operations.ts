import type { GovernanceModel } from '@accord/governance';
import { gql, type TypedDocumentNode } from '@apollo/client';

export type GovernanceStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'RETIRED';

/** One problem of a governance model, at a path such as `stages[2].sla.default.calendarKey`. */
export interface ModelProblem {
  path: string;
  message: string;
}

export interface VersionUser {
  id: string;
  name: string;
}

export interface GovernanceVersionSummary {
  version: number;
  status: GovernanceStatus;
  createdAt: string;
  createdBy: VersionUser | null;
  publishedAt: string | null;
  publishedBy: VersionUser | null;
  basedOn: number | null;
  problems: ModelProblem[];
}

export interface GovernanceVersionDocument extends GovernanceVersionSummary {
  model: GovernanceModel;
}

const VERSION_SUMMARY_FIELDS = gql`
  fragment GovernanceVersionSummaryFields on GovernanceVersion {
    version
    status
    createdAt
    createdBy {
      id
      name
    }
    publishedAt
    publishedBy {
      id
      name
    }
    basedOn
    problems {
      path
      message
    }
  }
`;

export const GOVERNANCE_VERSIONS: TypedDocumentNode<{ governanceVersions: GovernanceVersionSummary[] }, Record<string, never>> = gql`
  query GovernanceVersions {
    governanceVersions {
      ...GovernanceVersionSummaryFields
    }
  }
  ${VERSION_SUMMARY_FIELDS}
`;

export const GOVERNANCE_VERSION: TypedDocumentNode<{ governanceVersion: GovernanceVersionDocument | null }, { version: number }> = gql`
  query GovernanceVersion($version: Int!) {
    governanceVersion(version: $version) {
      ...GovernanceVersionSummaryFields
      model
    }
  }
  ${VERSION_SUMMARY_FIELDS}
`;

export const CREATE_GOVERNANCE_DRAFT: TypedDocumentNode<{ createGovernanceDraft: GovernanceVersionSummary }, Record<string, never>> = gql`
  mutation CreateGovernanceDraft {
    createGovernanceDraft {
      ...GovernanceVersionSummaryFields
    }
  }
  ${VERSION_SUMMARY_FIELDS}
`;

export const UPDATE_GOVERNANCE_DRAFT: TypedDocumentNode<
  { updateGovernanceDraft: GovernanceVersionDocument },
  { version: number; model: GovernanceModel }
> = gql`
  mutation UpdateGovernanceDraft($version: Int!, $model: JSON!) {
    updateGovernanceDraft(version: $version, model: $model) {
      ...GovernanceVersionSummaryFields
      model
    }
  }
  ${VERSION_SUMMARY_FIELDS}
`;

export const SUBMIT_GOVERNANCE_FOR_REVIEW: TypedDocumentNode<{ submitGovernanceForReview: GovernanceVersionSummary }, { version: number }> =
  gql`
    mutation SubmitGovernanceForReview($version: Int!) {
      submitGovernanceForReview(version: $version) {
        ...GovernanceVersionSummaryFields
      }
    }
    ${VERSION_SUMMARY_FIELDS}
  `;

export const RETURN_GOVERNANCE_TO_DRAFT: TypedDocumentNode<{ returnGovernanceToDraft: GovernanceVersionSummary }, { version: number }> =
  gql`
    mutation ReturnGovernanceToDraft($version: Int!) {
      returnGovernanceToDraft(version: $version) {
        ...GovernanceVersionSummaryFields
      }
    }
    ${VERSION_SUMMARY_FIELDS}
  `;

export const PUBLISH_GOVERNANCE_VERSION: TypedDocumentNode<{ publishGovernanceVersion: GovernanceVersionSummary }, { version: number }> =
  gql`
    mutation PublishGovernanceVersion($version: Int!) {
      publishGovernanceVersion(version: $version) {
        ...GovernanceVersionSummaryFields
      }
    }
    ${VERSION_SUMMARY_FIELDS}
  `;

export const RETIRE_GOVERNANCE_VERSION: TypedDocumentNode<{ retireGovernanceVersion: GovernanceVersionSummary }, { version: number }> = gql`
  mutation RetireGovernanceVersion($version: Int!) {
    retireGovernanceVersion(version: $version) {
      ...GovernanceVersionSummaryFields
    }
  }
  ${VERSION_SUMMARY_FIELDS}
`;

export const VALIDATE_GOVERNANCE_MODEL: TypedDocumentNode<{ validateGovernanceModel: ModelProblem[] }, { model: GovernanceModel }> = gql`
  query ValidateGovernanceModel($model: JSON!) {
    validateGovernanceModel(model: $model) {
      path
      message
    }
  }
`;
