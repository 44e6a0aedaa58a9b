import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ImportProblem {
  rowNumber: number;
  field: string;
  value: string | null;
  message: string;
}

export interface ImportJob {
  id: string;
  fileName: string;
  status: string;
  rowsTotal: number;
  rowsDone: number;
  rowsCreated: number;
  rowsDuplicate: number;
  rowsInvalid: number;
  problems: ImportProblem[];
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportLeadsVariables {
  input: { fileName: string; content: string };
}

export const IMPORT_LEADS: TypedDocumentNode<{ importLeads: ImportJob }, ImportLeadsVariables> = gql`
  mutation ImportLeads($input: ImportLeadsInput!) {
    importLeads(input: $input) {
      id
      fileName
      status
      rowsTotal
      rowsDone
      rowsCreated
      rowsDuplicate
      rowsInvalid
      problems {
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

export const IMPORT_JOB: TypedDocumentNode<{ importJob: ImportJob | null }, { id: string }> = gql`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      fileName
      status
      rowsTotal
      rowsDone
      rowsCreated
      rowsDuplicate
      rowsInvalid
      problems {
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
