import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ImportProblem {
  rowNumber: number;
  field: string;
  value: string | null;
  message: string;
}

/** Maximum problems fetched per poll. The API allows 1 to 10000 and defaults to 1000. */
export const IMPORT_PROBLEM_LIMIT = 1000;

export interface ImportJobSummary {
  id: string;
  fileName: string;
  preset: string;
  /** RUNNING, COMPLETED or FAILED. */
  status: string;
  /** Reason the whole file failed, such as a header that matches no preset. */
  error: string | null;
  rowsTotal: number;
  rowsDone: number;
  rowsCreated: number;
  rowsDuplicate: number;
  rowsInvalid: number;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportJob extends ImportJobSummary {
  problems: ImportProblem[];
}

export interface ImportLeadsVariables {
  input: { fileName: string; content: string };
}

export const IMPORT_LEADS: TypedDocumentNode<{ importLeads: ImportJobSummary }, ImportLeadsVariables> = gql`
  mutation ImportLeads($input: ImportLeadsInput!) {
    importLeads(input: $input) {
      id
      fileName
      preset
      status
      error
      rowsTotal
      rowsDone
      rowsCreated
      rowsDuplicate
      rowsInvalid
      startedAt
      finishedAt
    }
  }
`;

export const IMPORT_JOB: TypedDocumentNode<
  { importJob: ImportJob | null },
  { id: string; problemLimit: number }
> = gql`
  query ImportJob($id: ID!, $problemLimit: Int!) {
    importJob(id: $id) {
      id
      fileName
      preset
      status
      error
      rowsTotal
      rowsDone
      rowsCreated
      rowsDuplicate
      rowsInvalid
      problems(first: $problemLimit) {
        rowNumber
        field
        value
        message
      }
      startedAt
      finishedAt
    }
  }
`;
