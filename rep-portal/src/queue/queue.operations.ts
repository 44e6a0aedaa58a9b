import type { Motion, LeadSlaState, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SlaEventSummary } from '../lead/summarize-breaches';

export interface QueueLead {
  id: string;
  fullName: string;
  email: string;
  company: string | null;
  stage: Stage;
  motion: Motion;
  slaState: LeadSlaState;
  slaDueAt: string | null;
  slaEvents: SlaEventSummary[];
}

export interface MyQueueData {
  myQueue: QueueLead[];
}

export const MY_QUEUE: TypedDocumentNode<MyQueueData, Record<string, never>> = gql`
  query MyQueue {
    myQueue {
      id
      fullName
      email
      company
      stage
      motion
      slaState
      slaDueAt
      slaEvents {
        id
        kind
        occurredAt
      }
    }
  }
`;
