import { Stage } from '@accord/governance';

/** Stage values of the opportunity outcomes, reached from OPPORTUNITY. */
export const WON_STAGE = Stage.Won;
export const LOST_STAGE = Stage.Lost;

/** Stages whose first entry instant the fact table stores, with the column it is stored in. */
export const ENTRY_STAGE_COLUMNS = [
  { stage: Stage.Mql, column: 'mql_at' },
  { stage: Stage.Sal, column: 'sal_at' },
  { stage: Stage.Sql, column: 'sql_at' },
  { stage: Stage.Opportunity, column: 'opportunity_at' },
  { stage: WON_STAGE, column: 'won_at' },
  { stage: LOST_STAGE, column: 'lost_at' },
] as const;

/** Exit stages whose first entry instant and reason code the fact table stores, by column prefix. */
export const EXIT_STAGE_COLUMNS = [
  { stage: Stage.Rejected, prefix: 'rejected' },
  { stage: Stage.Disqualified, prefix: 'disqualified' },
  { stage: Stage.Recycled, prefix: 'recycled' },
] as const;

/** Stages whose SLA outcome the fact table stores, by column prefix (`sla_<prefix>_armed_at`, `sla_<prefix>_outcome`). */
export const SLA_STAGE_COLUMNS = [
  { stage: Stage.Lead, prefix: 'lead' },
  { stage: Stage.Mql, prefix: 'mql' },
  { stage: Stage.Sal, prefix: 'sal' },
  { stage: Stage.Sql, prefix: 'sql' },
  { stage: Stage.Opportunity, prefix: 'opportunity' },
] as const;
