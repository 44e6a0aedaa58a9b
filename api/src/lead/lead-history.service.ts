import { ReasonCodeEntity, SlaEventEntity, StageTransitionEntity } from '@accord/db';
import { ReasonKind } from '@accord/governance';
import { In, type DataSource } from 'typeorm';

import type { ReasonCode } from '../governance/governance.types';
import { groupByLead } from './group-by-lead';
import { isStage } from './lead.type';
import type { SlaEvent, StageTransition } from './lead-history.types';

const REASON_KINDS: readonly string[] = Object.values(ReasonKind);

/** Reads the stage transitions and SLA events of leads, in batches for the GraphQL field resolvers. */
export class LeadHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Returns each lead's transitions in the order they happened. Transitions stored in the same
   * instant (an imported closed lead's creation and exit) keep the order they were written in.
   */
  async listTransitions(leadIds: readonly string[]): Promise<Map<string, StageTransition[]>> {
    const rows = await this.dataSource
      .getRepository(StageTransitionEntity)
      .createQueryBuilder('transition')
      .leftJoinAndSelect('transition.reason', 'reason')
      .where('transition.leadId IN (:...leadIds)', { leadIds })
      .orderBy('transition.occurredAt', 'ASC')
      .addOrderBy('transition.sequence', 'ASC')
      .getMany();

    return groupByLead(rows, toStageTransition);
  }

  /**
   * Returns each lead's SLA events in the order they happened. Events of the same instant, such as a
   * reassignment and the clock it arms, keep the order they were written in.
   */
  async listSlaEvents(leadIds: readonly string[]): Promise<Map<string, SlaEvent[]>> {
    const rows = await this.dataSource
      .getRepository(SlaEventEntity)
      .find({ where: { leadId: In([...leadIds]) }, order: { occurredAt: 'ASC', sequence: 'ASC' } });

    return groupByLead(rows, toSlaEvent);
  }

  /** Returns reason codes by code, retired ones included, for the `reason` field of leads. */
  async findReasonCodes(codes: readonly string[]): Promise<Map<string, ReasonCode>> {
    const rows = await this.dataSource.getRepository(ReasonCodeEntity).findBy({ code: In([...codes]) });

    return new Map(rows.map((row) => [row.code, toReasonCode(row)]));
  }
}

function toStage(value: string, rowId: string) {
  if (!isStage(value)) {
    throw new Error(`history row ${rowId} has the unknown stage "${value}"`);
  }

  return value;
}

function toReasonCode(entity: ReasonCodeEntity): ReasonCode {
  return {
    code: entity.code,
    label: entity.label,
    kinds: entity.kinds.filter((kind): kind is ReasonKind => REASON_KINDS.includes(kind)),
    noteRequired: entity.noteRequired,
    active: entity.active,
  };
}

function toStageTransition(row: StageTransitionEntity): StageTransition {
  return {
    id: row.id,
    fromStage: row.fromStage === null ? null : toStage(row.fromStage, row.id),
    toStage: toStage(row.toStage, row.id),
    reasonCode: row.reason ? toReasonCode(row.reason) : null,
    note: row.note,
    governanceVersion: row.governanceVersion,
    occurredAt: row.occurredAt,
    actorKind: row.actorKind,
    actorId: row.actorId,
  };
}

function toSlaEvent(row: SlaEventEntity): SlaEvent {
  return {
    id: row.id,
    kind: row.kind,
    stage: toStage(row.stage, row.id),
    dueAt: row.dueAt,
    occurredAt: row.occurredAt,
    detail: row.detail,
    ownerId: row.ownerId,
  };
}
