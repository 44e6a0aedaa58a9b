import { AuditEntryEntity, createLogger, UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import type { Logger } from 'pino';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import type { AuditEntry, AuditFilter } from './audit-entry.types';
import { formatAuditCsv } from './format-audit-csv';
import type { AuditEntryInput } from './record-audit';

export interface AuditPage {
  edges: { cursor: string; entry: AuditEntry }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

/** Maximum entries of one CSV export; a larger log is exported in periods with `from` and `to`. */
export const MAX_AUDIT_CSV_ENTRIES = 100_000;

/** The instant exactly as stored (microseconds, UTC), so cursors compare without rounding. */
const CURSOR_OCCURRED_AT_SQL = `to_char(entry.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Reads the audit log newest first, as pages or as one CSV file. */
export class AuditLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger = createLogger('audit-log'),
  ) {}

  /**
   * Writes the entry of a change that has already committed. When the write fails, the change
   * remains and the failure is logged with the ids, because the caller must not repeat the change.
   */
  async recordAfterChange(entry: AuditEntryInput): Promise<void> {
    try {
      const entries = this.dataSource.getRepository(AuditEntryEntity);
      await entries.save(entries.create({ ...entry, occurredAt: new Date() }));
    } catch (error) {
      this.logger.error(
        { err: describeErrorForLog(error), action: entry.action, targetId: entry.targetId, userId: entry.actorId },
        'Audit entry of a committed change could not be written.',
      );
    }
  }

  /**
   * Returns one page of the entries the reader may see, in the order `occurred_at DESC, id DESC`,
   * starting after the cursor. A reader of null reads every entry (tests and internal callers).
   */
  async list(page: { first: number; after: string | null; filter: AuditFilter | null }, reader: Caller | null = null): Promise<AuditPage> {
    const cursor = page.after === null ? null : decodeAuditCursor(page.after);

    const query = this.createQuery(page.filter, reader);
    const totalCount = await query.clone().getCount();

    if (cursor !== null) {
      query.andWhere('(entry.occurred_at, entry.id) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', {
        cursorAt: cursor.occurredAt,
        cursorId: cursor.id,
      });
    }
    const { entities, raw } = await query
      .addSelect(CURSOR_OCCURRED_AT_SQL, 'cursor_occurred_at')
      .limit(page.first + 1)
      .getRawAndEntities<{ entry_id: string; cursor_occurred_at: string }>();

    const occurredAtById = new Map(raw.map((row) => [row.entry_id, row.cursor_occurred_at]));
    const edges = entities.slice(0, page.first).map((entity) => ({
      cursor: encodeAuditCursor({ occurredAt: occurredAtById.get(entity.id) ?? entity.occurredAt.toISOString(), id: entity.id }),
      entry: toAuditEntry(entity),
    }));

    return { edges, hasNextPage: entities.length > page.first, hasPreviousPage: cursor !== null, totalCount };
  }

  /** Returns the filtered log as RFC 4180 CSV, newest first; BAD_USER_INPUT when it exceeds `MAX_AUDIT_CSV_ENTRIES`. */
  async exportCsv(filter: AuditFilter | null, reader: Caller | null = null): Promise<string> {
    const query = this.createQuery(filter, reader);
    const total = await query.clone().getCount();
    if (total > MAX_AUDIT_CSV_ENTRIES) {
      throw AccordError.badUserInput([
        {
          field: 'filter',
          value: null,
          message: `the filter matches ${total} entries; narrow it with from and to to at most ${MAX_AUDIT_CSV_ENTRIES}`,
        },
      ]);
    }

    const entries = (await query.getMany()).map(toAuditEntry);
    const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId === null ? [] : [entry.actorId])))];
    const actors =
      actorIds.length === 0
        ? []
        : await this.dataSource.getRepository(UserEntity).find({ where: { id: In(actorIds) }, select: { id: true, name: true } });

    return formatAuditCsv(entries, new Map(actors.map((actor) => [actor.id, actor.name])));
  }

  private createQuery(filter: AuditFilter | null, reader: Caller | null): SelectQueryBuilder<AuditEntryEntity> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC');
    applyFilter(query, filter);
    if (reader?.role === Role.Manager) {
      restrictToTeam(query, reader.teamId);
    }

    return query;
  }
}

/**
 * Limits a manager's log to governance versions, which every internal reader may read, and to entries
 * about their own team: the team itself, its users and its leads, or made by one of its users.
 */
function restrictToTeam(query: SelectQueryBuilder<AuditEntryEntity>, teamId: string | null): void {
  if (teamId === null) {
    query.andWhere(`entry.targetType = 'GOVERNANCE_VERSION'`);

    return;
  }

  query.andWhere(
    `(entry.targetType = 'GOVERNANCE_VERSION'
      OR (entry.targetType = 'TEAM' AND entry.targetId = :readerTeamId)
      OR (entry.targetType = 'USER' AND entry.targetId IN (SELECT id::text FROM users WHERE team_id = CAST(:readerTeamId AS uuid)))
      OR (entry.targetType = 'LEAD' AND entry.targetId IN (SELECT id::text FROM leads WHERE team_id = CAST(:readerTeamId AS uuid)))
      OR entry.actorId IN (SELECT id FROM users WHERE team_id = CAST(:readerTeamId AS uuid)))`,
    { readerTeamId: teamId },
  );
}

function applyFilter(query: SelectQueryBuilder<AuditEntryEntity>, filter: AuditFilter | null): void {
  if (filter === null) {
    return;
  }

  if (filter.from && filter.to && filter.from > filter.to) {
    throw AccordError.badUserInput([
      {
        field: 'filter.to',
        value: filter.to.toISOString(),
        message: 'filter.to is before filter.from; send a later to or an earlier from',
      },
    ]);
  }
  if (filter.action && filter.action.length > 0) {
    query.andWhere('entry.action IN (:...actions)', { actions: filter.action });
  }
  if (filter.actorId) {
    query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
  }
  if (filter.targetType) {
    query.andWhere('entry.targetType = :targetType', { targetType: filter.targetType });
  }
  if (filter.from) {
    query.andWhere('entry.occurredAt >= :from', { from: filter.from });
  }
  if (filter.to) {
    query.andWhere('entry.occurredAt < :to', { to: filter.to });
  }
}

export function toAuditEntry(entity: AuditEntryEntity): AuditEntry {
  return {
    id: entity.id,
    action: entity.action,
    actorId: entity.actorId,
    targetType: entity.targetType,
    targetId: entity.targetId,
    before: entity.before,
    after: entity.after,
    summary: entity.summary,
    occurredAt: entity.occurredAt,
  };
}
