import { gql } from '@apollo/client';

// The lead page and every lead action mutation select the same fields, so a mutation result replaces
// everything the page shows in the normalized cache. The fragment lives in a module of its own because
// a document that holds only a fragment does not validate on its own.
export const LEAD_DETAIL_FIELDS = gql`
  fragment LeadDetailFields on Lead {
    id
    email
    fullName
    title
    phone
    company
    companyDomain
    industry
    employeeCount
    annualRevenueUsd
    country
    region
    city
    source
    motion
    useCase
    consent
    fitScore
    behaviourScore
    scoreBreakdown {
      fit {
        field
        matched
        points
      }
      behaviour {
        event
        count
        points
        decayedPoints
      }
    }
    stage
    owner {
      id
      name
      email
    }
    team {
      id
      label
    }
    slaState
    slaDueAt
    slaStage
    slaStartedAt
    slaWarnAt
    slaPauseReasons
    escalationCount
    routingPool
    routingTrace {
      step
      key
      label
      outcome
    }
    speedToLeadSeconds
    speedToLeadBusinessSeconds
    responseSeconds
    responseBusinessSeconds
    missingFieldsForNextStage
    arrivedAt
    assignedAt
    firstTouchAt
    acceptedAt
    governanceVersion
    history {
      id
      fromStage
      toStage
      actor {
        id
        name
      }
      actorLabel
      reasonCode {
        code
        label
      }
      note
      governanceVersion
      occurredAt
    }
    slaEvents {
      id
      kind
      stage
      owner {
        id
        name
      }
      dueAt
      occurredAt
      detail
    }
    contactAttempts {
      id
      channel
      outcome
      note
      actor {
        id
        name
      }
      occurredAt
    }
    notes {
      id
      body
      actor {
        id
        name
      }
      createdAt
    }
  }
`;
