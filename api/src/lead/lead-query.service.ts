import { LeadEntity, SlaEventKind, SlaState } from '@accord/db';
import { Stage } from '@accord/governance';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';

import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { applyLeadVisibility } from '../auth/lead-visibility';
import { AccordError } from '../errors/accord-error';
import type { LeadFilter } from './lead-connection.types';
import { decodeLeadCursor, encodeLeadCursor, type LeadCursor } from './lead-cursor';
import { OPEN_STAGES } from './reconcile-lead-lifecycles';

export interface LeadPage {
  edges: { cursor: string; lead: LeadEntity }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

/** Stages a rep works from their queue. */
export const QUEUE_STAGES: readonly Stage[] = [Stage.Mql, Stage.Sal, Stage.Sql];

/** Maximum length of `myQueue`. A rep with more open leads pages through `leads` instead. */
export const MAX_QUEUE_LENGTH = 500;

/** Maximum length of `teamBreaches`. */
export const MAX_TEAM_BREACHES = 500;

/** The due time exactly as stored (microseconds, UTC), so cursors compare without rounding. */
const CURSOR_DUE_AT_SQL = `to_char(lead.sla_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Reads leads with the caller's visibility applied in SQL. */
export class LeadQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the lead, or throws NOT_FOUND when it does not exist or the caller may not see it. */
  async findVisible(caller: Caller, id: string): Promise<LeadEntity> {
    if (!isUuid(id)) {
      throw AccordError.notFound('Lead', id);
    }

    const query = this.createQuery().where('lead.id = :id', { id });
    applyLeadVisibility(query, caller);
    const lead = await query.getOne();
    if (lead === null) {
      throw AccordError.notFound('Lead', id);
    }

    return lead;
  }

  /** Returns the lead without a visibility check, for reloading a lead the caller just acted on. */
  async findById(id: string): Promise<LeadEntity | null> {
    return this.dataSource.getRepository(LeadEntity).findOneBy({ id });
  }

  /** Returns one page in the order `sla_due_at ASC NULLS LAST, id ASC`, starting after the cursor. */
  async list(caller: Caller, page: { first: number; after: string | null; filter: LeadFilter | null }): Promise<LeadPage> {
    const cursor = page.after === null ? null : decodeLeadCursor(page.after);

    const query = this.createQuery();
    applyLeadVisibility(query, caller);
    applyFilter(query, page.filter);

    const totalCount = await query.clone().getCount();

    if (cursor !== null) {
      applyCursor(query, cursor);
    }
    const { entities, raw } = await orderForQueue(query)
      .addSelect(CURSOR_DUE_AT_SQL, 'cursor_due_at')
      .limit(page.first + 1)
      .getRawAndEntities<{ lead_id: string; cursor_due_at: string | null }>();

    const dueAtById = new Map(raw.map((row) => [row.lead_id, row.cursor_due_at]));
    const edges = entities.slice(0, page.first).map((lead) => ({
      cursor: encodeLeadCursor({ slaDueAt: dueAtById.get(lead.id) ?? null, id: lead.id }),
      lead,
    }));

    return { edges, hasNextPage: entities.length > page.first, hasPreviousPage: cursor !== null, totalCount };
  }

  /** Returns the caller's own leads in MQL, SAL and SQL, most urgent first. */
  async listQueue(caller: Caller): Promise<LeadEntity[]> {
    const query = this.createQuery()
      .where('lead.ownerId = :ownerId', { ownerId: caller.id })
      .andWhere('lead.stage IN (:...queueStages)', { queueStages: QUEUE_STAGES });

    return orderForQueue(query).limit(MAX_QUEUE_LENGTH).getMany();
  }

  /** Returns the leads among `ids` that the caller may see, by id; ids of hidden or missing leads are left out. */
  async findVisibleByIds(caller: Caller, ids: readonly string[]): Promise<Map<string, LeadEntity>> {
    const uuids = ids.filter(isUuid);
    if (uuids.length === 0) {
      return new Map();
    }

    const query = this.createQuery().where('lead.id IN (:...ids)', { ids: uuids });
    applyLeadVisibility(query, caller);
    const leads = await query.getMany();

    return new Map(leads.map((lead) => [lead.id, lead]));
  }

  /**
   * Returns the open leads visible to the caller (a manager's team, every team for an admin) whose SLA
   * is breached or that an escalation reassigned, the most recent breach first and leads without a
   * recorded breach last.
   */
  async listTeamBreaches(caller: Caller): Promise<LeadEntity[]> {
    const query = this.createQuery()
      .addSelect(
        (events) =>
          events
            .select('max(event.occurred_at)')
            .from('sla_events', 'event')
            .where('event.lead_id = lead.id')
            .andWhere('event.kind = :breachedKind', { breachedKind: SlaEventKind.Breached }),
        'last_breach_at',
      )
      .where('lead.stage IN (:...openStages)', { openStages: OPEN_STAGES })
      .andWhere('(lead.slaState = :breached OR lead.escalationCount > 0)', { breached: SlaState.Breached });
    applyLeadVisibility(query, caller);

    return query.orderBy('last_breach_at', 'DESC', 'NULLS LAST').addOrderBy('lead.id', 'ASC').limit(MAX_TEAM_BREACHES).getMany();
  }

  private createQuery(): SelectQueryBuilder<LeadEntity> {
    return this.dataSource.getRepository(LeadEntity).createQueryBuilder('lead');
  }
}

function orderForQueue(query: SelectQueryBuilder<LeadEntity>): SelectQueryBuilder<LeadEntity> {
  return query.orderBy('lead.slaDueAt', 'ASC', 'NULLS LAST').addOrderBy('lead.id', 'ASC');
}

/** Keeps the rows after the cursor in queue order. Rows without a due time come after every dated row. */
function applyCursor(query: SelectQueryBuilder<LeadEntity>, cursor: LeadCursor): void {
  if (cursor.slaDueAt === null) {
    query.andWhere('lead.slaDueAt IS NULL AND lead.id > :cursorId', { cursorId: cursor.id });

    return;
  }

  query.andWhere(
    new Brackets((after) => {
      after
        .where('lead.slaDueAt > CAST(:cursorDueAt AS timestamptz)')
        .orWhere('lead.slaDueAt = CAST(:cursorDueAt AS timestamptz) AND lead.id > :cursorId')
        .orWhere('lead.slaDueAt IS NULL');
    }),
    { cursorDueAt: cursor.slaDueAt, cursorId: cursor.id },
  );
}

function applyFilter(query: SelectQueryBuilder<LeadEntity>, filter: LeadFilter | null): void {
  if (filter === null) {
    return;
  }

  if (filter.stage && filter.stage.length > 0) {
    query.andWhere('lead.stage IN (:...stages)', { stages: filter.stage });
  }
  if (filter.ownerId) {
    query.andWhere('lead.ownerId = :ownerId', { ownerId: filter.ownerId });
  }
  if (filter.motion && filter.motion.length > 0) {
    query.andWhere('lead.motion IN (:...motions)', { motions: filter.motion });
  }
  if (filter.slaState && filter.slaState.length > 0) {
    query.andWhere('lead.slaState IN (:...slaStates)', { slaStates: filter.slaState });
  }

  const search = filter.search?.trim() ?? '';
  if (search !== '') {
    query.andWhere(
      new Brackets((matches) => {
        matches
          .where(`concat_ws(' ', lead.first_name, lead.last_name) ILIKE :search ESCAPE '\\'`)
          .orWhere(`lead.company ILIKE :search ESCAPE '\\'`)
          .orWhere(`lead.email ILIKE :search ESCAPE '\\'`);
      }),
      { search: `%${escapeLikePattern(search)}%` },
    );
  }
}

/** Escapes the LIKE wildcards `%` and `_` and the escape character itself, so search text matches literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
