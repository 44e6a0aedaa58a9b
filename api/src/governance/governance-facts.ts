import { Stage, type ModelValidationFacts } from '@accord/governance';
import type { EntityManager } from 'typeorm';

/** Stages of a lead whose lifecycle is still running: each applies a newly published version from its next stage on. */
export const OPEN_LEAD_STAGES: readonly Stage[] = [Stage.Lead, Stage.Mql, Stage.Sal, Stage.Sql];

/**
 * The facts the database contributes to `validateGovernanceModel`: the ids of active users, and the reason
 * codes on open leads, as their current reason or on one of their transitions.
 */
export type GovernanceFacts = Required<ModelValidationFacts>;

/** Reads the facts a governance model is checked against, in one round trip each. */
export async function loadGovernanceFacts(manager: EntityManager): Promise<GovernanceFacts> {
  const users: { id: string }[] = await manager.query('SELECT id FROM users WHERE active ORDER BY id');
  const codes: { code: string }[] = await manager.query(
    `SELECT lead.reason_code AS code FROM leads lead
      WHERE lead.stage = ANY($1::text[]) AND lead.reason_code IS NOT NULL
     UNION
     SELECT transition.reason_code FROM stage_transitions transition
       JOIN leads lead ON lead.id = transition.lead_id
      WHERE lead.stage = ANY($1::text[]) AND transition.reason_code IS NOT NULL
     ORDER BY code`,
    [OPEN_LEAD_STAGES],
  );

  return { activeUserIds: users.map((user) => user.id), reasonCodesInUse: codes.map((row) => row.code) };
}
