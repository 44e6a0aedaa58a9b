import { AuditAction, ContactChannel, ContactOutcome, GovernanceStatus, SlaState } from '@accord/db';
import { Motion, ReasonKind, Role, Stage } from '@accord/governance';
import { registerEnumType } from 'type-graphql';

/**
 * type-graphql names enum values after the keys of the object it is given, while the contract
 * names them after the values (`LEAD`, not `Lead`). These objects map each value to itself, so the
 * GraphQL names and the values the resolvers see are both the TypeScript enum values.
 */
export function keyedByValue<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const StageEnum = keyedByValue(Object.values(Stage));
export const MotionEnum = keyedByValue(Object.values(Motion));
export const RoleEnum = keyedByValue(Object.values(Role));
export const ReasonKindEnum = keyedByValue(Object.values(ReasonKind));
export const SlaStateEnum = keyedByValue(Object.values(SlaState));
export const GovernanceStatusEnum = keyedByValue(Object.values(GovernanceStatus));
export const AuditActionEnum = keyedByValue(Object.values(AuditAction));
export const ContactChannelEnum = keyedByValue(Object.values(ContactChannel));
export const ContactOutcomeEnum = keyedByValue(Object.values(ContactOutcome));

registerEnumType(StageEnum, {
  name: 'Stage',
  description: 'Funnel stage of a lead: LEAD, MQL, SAL, SQL and OPPORTUNITY in order, then the exits REJECTED, RECYCLED and DISQUALIFIED.',
  valuesConfig: {
    LEAD: { description: 'Identified contact with a valid e-mail address and a known source.' },
    MQL: { description: 'Marketing qualified: fit and intent above the motion thresholds.' },
    SAL: { description: 'Sales accepted: a rep acknowledged ownership.' },
    SQL: { description: 'Sales qualified: need, role and timeline validated.' },
    OPPORTUNITY: { description: 'A qualified buying initiative.' },
    REJECTED: { description: 'Sent back to marketing with a reason.' },
    RECYCLED: { description: 'Returned to nurture with a reason.' },
    DISQUALIFIED: { description: 'Closed as not a prospect, with a reason.' },
  },
});

registerEnumType(MotionEnum, {
  name: 'Motion',
  description: 'Go-to-market motion; each has its own thresholds and SLAs.',
});

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may do: ADMIN everything, MANAGER their team, REP their own leads, PARTNER the leads it submitted.',
});

registerEnumType(ReasonKindEnum, {
  name: 'ReasonKind',
  description: 'The kind of action a reason code may justify.',
});

registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description: 'State of the SLA clock of the lead’s current stage.',
  valuesConfig: {
    NONE: { description: 'No SLA runs in this stage.' },
    ON_TRACK: { description: 'The clock runs and the warning point is not reached.' },
    WARNING: { description: 'The warning point has passed; the deadline has not.' },
    BREACHED: { description: 'The deadline has passed.' },
    MET: { description: 'The stage was left before the deadline.' },
    PAUSED: { description: 'The clock is stopped for a reason its policy allows, and the deadline moves out on resume.' },
  },
});

registerEnumType(GovernanceStatusEnum, {
  name: 'GovernanceStatus',
  description: 'Where a governance version is in its lifecycle: DRAFT, then IN_REVIEW, then PUBLISHED, then RETIRED.',
  valuesConfig: {
    DRAFT: { description: 'Being edited; may be saved with problems.' },
    IN_REVIEW: { description: 'Submitted without problems and waiting to be published or returned to draft.' },
    PUBLISHED: { description: 'The version that applies to new stage entries; exactly one version is published.' },
    RETIRED: { description: 'Replaced by a newer published version, or discarded before publishing.' },
  },
});

registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'The kind of change an audit entry records: an administrative change, or an edit, reassignment or SLA pause on a lead.',
  valuesConfig: {
    DRAFT_CREATED: { description: 'A governance draft was created from the published version.' },
    DRAFT_UPDATED: { description: 'The model of a governance draft was saved.' },
    SUBMITTED_FOR_REVIEW: { description: 'A governance draft was submitted for review.' },
    RETURNED_TO_DRAFT: { description: 'A governance version in review was returned to draft.' },
    PUBLISHED: { description: 'A governance version was published.' },
    RETIRED: { description: 'A governance version was retired, by a newer publish or discarded by an admin.' },
    TEAM_UPDATED: { description: 'A team’s business calendar was changed.' },
    USER_UPDATED: { description: 'A user’s activity, out-of-office date, time zone or calendar was changed.' },
    LEAD_UPDATED: { description: 'A lead’s contact or company fields were edited.' },
    LEAD_REASSIGNED: { description: 'A manager or admin gave a lead to another owner.' },
    SLA_PAUSED: { description: 'A lead’s running SLA clock was paused for a reason its policy allows.' },
    SLA_RESUMED: { description: 'A lead’s paused SLA clock was restarted.' },
    ROUTING_FALLBACK: { description: 'Routing found no eligible member of the pool and gave the lead to the pool’s fallback.' },
    SIGNED_IN: { description: 'A user signed in with e-mail and password.' },
    LEAD_CREATED: { description: 'A lead was submitted through the API.' },
    LEAD_ACCEPTED: { description: 'A rep accepted a hand-off: MQL to SAL.' },
    LEAD_REJECTED: { description: 'A rep rejected a hand-off back to marketing with a reason.' },
    LEAD_QUALIFIED: { description: 'An accepted lead was qualified: SAL to SQL.' },
    LEAD_CONVERTED: { description: 'A qualified lead was converted: SQL to OPPORTUNITY.' },
    LEAD_DISQUALIFIED: { description: 'An open lead was disqualified with a reason.' },
    LEAD_RECYCLED: { description: 'A lead was returned to nurture with a reason.' },
    PIPELINE_REVIEWED: { description: 'An opportunity’s weekly pipeline review was recorded.' },
    CONTACT_ATTEMPT_LOGGED: { description: 'A contact attempt on a lead was logged.' },
    LEAD_NOTE_ADDED: { description: 'A note was added to a lead.' },
    IMPORT_STARTED: { description: 'A lead import file was submitted.' },
    NOTIFICATIONS_READ: { description: 'A user marked notifications as read.' },
  },
});

registerEnumType(ContactChannelEnum, {
  name: 'ContactChannel',
  description: 'The medium of a contact attempt.',
  valuesConfig: {
    PHONE: { description: 'A phone call.' },
    EMAIL: { description: 'An e-mail message.' },
    MEETING: { description: 'A meeting, in person or online.' },
    OTHER: { description: 'Any other medium, such as a social network message.' },
  },
});

registerEnumType(ContactOutcomeEnum, {
  name: 'ContactOutcome',
  description: 'The result of a contact attempt.',
  valuesConfig: {
    REACHED: { description: 'The contact was reached.' },
    NO_ANSWER: { description: 'Nobody answered.' },
    LEFT_MESSAGE: { description: 'A voicemail or message was left.' },
    WRONG_NUMBER: { description: 'The phone number belongs to someone else.' },
    BOUNCED: { description: 'The e-mail message could not be delivered.' },
  },
});
