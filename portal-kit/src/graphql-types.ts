/** Enum values of the Accord GraphQL schema, shared by both portals. */
export type Role = 'ADMIN' | 'MARKETING_OPS' | 'MANAGER' | 'REP' | 'PARTNER';

export type Stage =
  | 'LEAD'
  | 'MQL'
  | 'SAL'
  | 'SQL'
  | 'OPPORTUNITY'
  | 'REJECTED'
  | 'RECYCLED'
  | 'DISQUALIFIED'
  | 'WON'
  | 'LOST';

export type Motion = 'INBOUND' | 'OUTBOUND' | 'PARTNER' | 'PRODUCT_LED' | 'ACCOUNT_BASED';

export type SlaState = 'NONE' | 'ON_TRACK' | 'WARNING' | 'BREACHED' | 'MET';

export type ReasonKind = 'ACCEPT' | 'REJECT' | 'DISQUALIFY' | 'RECYCLE' | 'LOST';

export const STAGES: readonly Stage[] = [
  'LEAD',
  'MQL',
  'SAL',
  'SQL',
  'OPPORTUNITY',
  'REJECTED',
  'RECYCLED',
  'DISQUALIFIED',
  'WON',
  'LOST',
];

export const MOTIONS: readonly Motion[] = [
  'INBOUND',
  'OUTBOUND',
  'PARTNER',
  'PRODUCT_LED',
  'ACCOUNT_BASED',
];

export const SLA_STATES: readonly SlaState[] = ['NONE', 'ON_TRACK', 'WARNING', 'BREACHED', 'MET'];

/**
 * SLA state of a lead as the API reports it, with PAUSED for a clock that a rep stopped for an allowed
 * reason. NOTE: `SlaState` leaves PAUSED out because the admin portal labels every `SlaState` value
 * and has no label for it yet.
 */
export type LeadSlaState = SlaState | 'PAUSED';

export const LEAD_SLA_STATES: readonly LeadSlaState[] = [...SLA_STATES, 'PAUSED'];

/**
 * Stages that close a lead: the exits with a reason code, and the opportunity outcomes WON (no reason)
 * and LOST (with a LOST reason code). A closed lead keeps its last owner.
 */
export const EXIT_STAGES: readonly Stage[] = ['REJECTED', 'RECYCLED', 'DISQUALIFIED', 'WON', 'LOST'];

/** Stages in which a lead sits in its owner's queue, matching the API's `myQueue`. */
export const OPEN_QUEUE_STAGES: readonly Stage[] = ['MQL', 'SAL', 'SQL'];
