import { AuditAction, AuditEntryEntity } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { parse } from 'csv-parse/sync';

import type { Caller } from '../auth/caller';
import { callerOf, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { AUDIT_CSV_COLUMNS } from './format-audit-csv';
import { AuditLogService } from './audit-log.service';
import { AuditTargetType, recordAudit } from './record-audit';

let database: ThrowawayDatabase;
let service: AuditLogService;
let admin: Caller;

const SAME_INSTANT = new Date('2026-03-02T09:00:00.123Z');

beforeAll(async () => {
  database = await createThrowawayDatabase('audit_log');
  await seedDemoOrganisation(database.dataSource);
  service = new AuditLogService(database.dataSource);
  admin = await callerOf(database.dataSource, 'admin@accord.example');
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM audit_entries');
});

/** Stores `count` entries: every third one at the same instant, so the cursor must order by id as well. */
async function insertEntries(count: number): Promise<AuditEntryEntity[]> {
  const entries = Array.from({ length: count }, (_, index) =>
    database.dataSource.getRepository(AuditEntryEntity).create({
      action: index % 2 === 0 ? AuditAction.TeamUpdated : AuditAction.UserUpdated,
      actorId: index % 4 === 0 ? null : admin.id,
      targetType: index % 2 === 0 ? AuditTargetType.Team : AuditTargetType.User,
      targetId: `target-${index}`,
      before: { index },
      after: { index: index + 1 },
      summary: `Entry ${index}`,
      occurredAt: index % 3 === 0 ? SAME_INSTANT : new Date(SAME_INSTANT.getTime() + index * 1000),
    }),
  );

  return database.dataSource.getRepository(AuditEntryEntity).save(entries);
}

/** Compares ids the way PostgreSQL orders uuids, which for lower-case hex text is character order. */
function compareIds(left: string, right: string): number {
  if (left === right) {
    return 0;
  }

  return left < right ? -1 : 1;
}

function newestFirst(entries: AuditEntryEntity[]): string[] {
  return [...entries]
    .sort((left, right) => right.occurredAt.getTime() - left.occurredAt.getTime() || compareIds(right.id, left.id))
    .map((entry) => entry.id);
}

describe('AuditLogService.list', () => {
  it('pages through every entry newest first', async () => {
    const entries = await insertEntries(23);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;

    for (;;) {
      const page = await service.list({ first: 5, after, filter: null });
      seen.push(...page.edges.map((edge) => edge.entry.id));
      pages += 1;
      expect(page.totalCount).toBe(23);
      expect(page.hasPreviousPage).toBe(after !== null);
      if (!page.hasNextPage) {
        break;
      }
      after = page.edges.at(-1)?.cursor ?? null;
    }

    expect(pages).toBe(5);
    expect(seen).toEqual(newestFirst(entries));
  });

  it('filters by action, actor, target type and period', async () => {
    const entries = await insertEntries(12);
    const from = new Date(SAME_INSTANT.getTime() + 2000);
    const to = new Date(SAME_INSTANT.getTime() + 9000);

    const page = await service.list({
      first: 50,
      after: null,
      filter: { action: [AuditAction.TeamUpdated], actorId: admin.id, targetType: AuditTargetType.Team, from, to },
    });

    const expected = entries.filter(
      (entry) =>
        entry.action === AuditAction.TeamUpdated &&
        entry.actorId === admin.id &&
        entry.occurredAt.getTime() >= from.getTime() &&
        entry.occurredAt.getTime() < to.getTime(),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(page.edges.map((edge) => edge.entry.id)).toEqual(newestFirst(expected));
    expect(page.totalCount).toBe(expected.length);
  });

  it('rejects a cursor of another list', async () => {
    const error = await accordErrorOf(service.list({ first: 5, after: 'bm90LWEtY3Vyc29y', filter: null }));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems[0]?.field).toBe('after');
  });

  it('rejects a period that ends before it starts', async () => {
    const error = await accordErrorOf(
      service.list({ first: 5, after: null, filter: { from: new Date('2026-03-02'), to: new Date('2026-03-01') } }),
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems[0]?.field).toBe('filter.to');
  });
});

describe('AuditLogService.exportCsv', () => {
  it('writes a header and one line per entry', async () => {
    const entries = await insertEntries(7);

    const csv = await service.exportCsv(null);

    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + entries.length + 1);
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
  });

  it('quotes values that contain commas, quotes and line breaks', async () => {
    await database.dataSource.transaction((manager) =>
      recordAudit(manager, {
        action: AuditAction.UserUpdated,
        actorId: admin.id,
        targetType: AuditTargetType.User,
        targetId: admin.id,
        before: { note: 'said "hi"' },
        after: { note: 'line one\nline two' },
        summary: 'Changed calendar, time zone of user "Ada"\nAdmin.',
      }),
    );

    const csv = await service.exportCsv({ action: [AuditAction.UserUpdated] });

    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'USER_UPDATED',
      actorId: admin.id,
      actorName: 'Ada Admin',
      summary: 'Changed calendar, time zone of user "Ada"\nAdmin.',
      before: '{"note":"said \\"hi\\""}',
      after: '{"note":"line one\\nline two"}',
    });
  });

  it('leaves the actor empty for an entry without one', async () => {
    await insertEntries(1);

    const records = parse(await service.exportCsv(null), { columns: true }) as Record<string, string>[];

    expect(records[0]).toMatchObject({ actorId: '', actorName: '', summary: 'Entry 0' });
  });
});

describe('recordAudit', () => {
  it('rejects a manager outside a transaction', async () => {
    await expect(
      recordAudit(database.dataSource.manager, {
        action: AuditAction.TeamUpdated,
        actorId: null,
        targetType: AuditTargetType.Team,
        targetId: 'team',
        before: null,
        after: null,
        summary: 'Changed nothing.',
      }),
    ).rejects.toThrow('must run inside the transaction');
  });
});

describe('a manager reading the audit log', () => {
  it('sees governance changes and the entries about their own team only', async () => {
    const emeaManager = await callerOf(database.dataSource, 'manager.emea@accord.example');
    const americasManager = await callerOf(database.dataSource, 'manager.americas@accord.example');
    const emeaRep = await callerOf(database.dataSource, 'anna@accord.example');
    const americasRep = await callerOf(database.dataSource, 'diego@accord.example');
    const entries = database.dataSource.getRepository(AuditEntryEntity);
    const entry = (action: AuditAction, targetType: AuditTargetType, targetId: string, actorId: string | null) =>
      entries.create({
        action,
        actorId,
        targetType,
        targetId,
        before: null,
        after: null,
        summary: `${action} ${targetId}`,
        occurredAt: SAME_INSTANT,
      });
    await entries.save([
      entry(AuditAction.Published, AuditTargetType.GovernanceVersion, '2', admin.id),
      entry(AuditAction.TeamUpdated, AuditTargetType.Team, emeaManager.teamId ?? '', admin.id),
      entry(AuditAction.TeamUpdated, AuditTargetType.Team, americasManager.teamId ?? '', admin.id),
      entry(AuditAction.UserUpdated, AuditTargetType.User, emeaRep.id, admin.id),
      entry(AuditAction.UserUpdated, AuditTargetType.User, americasRep.id, admin.id),
      entry(AuditAction.SignedIn, AuditTargetType.User, americasRep.id, americasRep.id),
    ]);

    const page = await service.list({ first: 50, after: null, filter: null }, emeaManager);
    const csv = parse(await service.exportCsv(null, emeaManager), { columns: true }) as Record<string, string>[];

    expect(page.edges.map((edge) => edge.entry.targetId).sort()).toEqual(['2', emeaManager.teamId, emeaRep.id].sort());
    expect(page.totalCount).toBe(3);
    expect(csv).toHaveLength(3);
    expect((await service.list({ first: 50, after: null, filter: null }, admin)).totalCount).toBe(6);
  });
});
