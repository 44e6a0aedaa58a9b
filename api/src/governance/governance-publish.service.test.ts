import {
  AuditAction,
  AuditEntryEntity,
  GOVERNANCE_PUBLISH_LOCK_KEY,
  GovernanceStatus,
  GovernanceVersionEntity,
  ReasonCodeEntity,
  RoutingPoolStateEntity,
  loadConfig,
} from '@accord/db';
import { ReasonKind, Stage, type GovernanceModel } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import pino, { type Logger } from 'pino';
import { Writable } from 'node:stream';

import type { Caller } from '../auth/caller';
import { createApiServices } from '../context/create-api-services';
import type { ApiServices } from '../context/request-context';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf, editModel, itemAt } from '../testing/governance.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import { SIGNAL_CONCURRENCY, signalOpenLeads } from './signal-open-leads';

let database: ThrowawayDatabase;
let lifecycle: RecordingLifecycle;
let services: ApiServices;
let admin: Caller;
let firstModel: GovernanceModel;

beforeAll(async () => {
  database = await createThrowawayDatabase('governance_publish');
  await seedDemoOrganisation(database.dataSource);
  admin = await callerOf(database.dataSource, 'admin@accord.example');
  firstModel = (await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version: 1 })).model;
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('UPDATE users SET active = true');
  lifecycle = new RecordingLifecycle();
  services = createApiServices({ config: loadConfig({ NODE_ENV: 'test' }), dataSource: database.dataSource, lifecycle });
});

/** Creates a draft from the published version, saves `model` into it when given, and submits it. */
async function reviewedVersion(model?: GovernanceModel): Promise<number> {
  const draft = await services.governanceDrafts.create(admin);
  if (model !== undefined) {
    await services.governanceDrafts.update(admin, draft.version, model);
  }
  await services.governanceDrafts.submit(admin, draft.version);

  return draft.version;
}

async function publishedVersion(): Promise<number | undefined> {
  const row = await database.dataSource.getRepository(GovernanceVersionEntity).findOneBy({ status: GovernanceStatus.Published });

  return row?.version;
}

async function statusOf(version: number): Promise<GovernanceStatus | undefined> {
  return (await database.dataSource.getRepository(GovernanceVersionEntity).findOneBy({ version }))?.status;
}

async function latestAuditOf(version: number): Promise<AuditEntryEntity | null> {
  return database.dataSource.getRepository(AuditEntryEntity).findOne({
    where: { targetType: 'GOVERNANCE_VERSION', targetId: String(version) },
    order: { occurredAt: 'DESC', id: 'DESC' },
  });
}

describe('GovernancePublishService.publish', () => {
  it('publishes a reviewed version and retires the previous one', async () => {
    const previous = await publishedVersion();
    const version = await reviewedVersion();

    const published = await services.governancePublish.publish(admin, version);

    expect(published.status).toBe(GovernanceStatus.Published);
    expect(published.publishedBy).toBe(admin.id);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(previous).toBeDefined();
    expect(await statusOf(previous ?? 0)).toBe(GovernanceStatus.Retired);
    expect(await publishedVersion()).toBe(version);
  });

  it('writes audit entries with the statuses before and after', async () => {
    const previous = await publishedVersion();
    const version = await reviewedVersion();

    await services.governancePublish.publish(admin, version);

    const publishedEntry = await latestAuditOf(version);
    expect(publishedEntry?.action).toBe(AuditAction.Published);
    expect(publishedEntry?.actorId).toBe(admin.id);
    expect(publishedEntry?.before).toEqual({ status: 'IN_REVIEW' });
    expect(publishedEntry?.after).toMatchObject({ status: 'PUBLISHED', replacedVersion: previous });
    const retiredEntry = await latestAuditOf(previous ?? 0);
    expect(retiredEntry?.action).toBe(AuditAction.Retired);
    expect(retiredEntry?.before).toEqual({ status: 'PUBLISHED' });
    expect(retiredEntry?.after).toEqual({ status: 'RETIRED', replacedBy: version });
  });

  it('updates the reason-code catalogue and the routing pools', async () => {
    const model = editModel(firstModel, (draft) => {
      draft.reasonCodes = draft.reasonCodes
        .filter((reason) => reason.code !== 'SPAM')
        .map((reason) => (reason.code === 'TIMING' ? { ...reason, active: false, label: 'Bad timing' } : reason));
      draft.reasonCodes.push({
        code: 'WRONG_REGION',
        label: 'Wrong region',
        kinds: [ReasonKind.Reject],
        noteRequired: false,
        active: true,
      });
      draft.routingPools.push({ ...itemAt(draft.routingPools, 0), key: 'emea-overflow', label: 'EMEA overflow' });
    });
    const version = await reviewedVersion(model);

    await services.governancePublish.publish(admin, version);

    const catalogue = await database.dataSource.getRepository(ReasonCodeEntity).find();
    const byCode = new Map(catalogue.map((entry) => [entry.code, entry]));
    expect(byCode.get('TIMING')).toMatchObject({ active: false, label: 'Bad timing' });
    expect(byCode.get('SPAM')).toMatchObject({ active: false, label: 'Spam' });
    expect(byCode.get('WRONG_REGION')).toMatchObject({ active: true, kinds: ['REJECT'] });
    expect(byCode.get('NO_FIT')?.active).toBe(true);
    const pools = await database.dataSource.getRepository(RoutingPoolStateEntity).findOneBy({ key: 'emea-overflow' });
    expect(pools?.rotation).toBe('0');
  });

  it('signals every open lead after the commit', async () => {
    const open = await Promise.all(
      [Stage.Lead, Stage.Mql, Stage.Sal, Stage.Sql].map((stage) =>
        insertLeadRow(database.dataSource, { email: `${stage.toLowerCase()}@example.com`, stage }),
      ),
    );
    await Promise.all(
      [Stage.Opportunity, Stage.Rejected, Stage.Recycled, Stage.Disqualified].map((stage) =>
        insertLeadRow(database.dataSource, { email: `closed-${stage.toLowerCase()}@example.com`, stage }),
      ),
    );
    const version = await reviewedVersion();
    const publishedWhenSignalled: (number | undefined)[] = [];
    lifecycle.onGovernanceSignal = async () => {
      publishedWhenSignalled.push(await publishedVersion());

      return 'SIGNALLED';
    };

    await services.governancePublish.publish(admin, version);

    expect(lifecycle.governanceSignals.map((signal) => signal.leadId).sort()).toEqual(open.map((lead) => lead.id).sort());
    expect(lifecycle.governanceSignals.every((signal) => signal.version === version)).toBe(true);
    expect(publishedWhenSignalled).toEqual([version, version, version, version]);
  });

  it('still publishes when a signal fails', async () => {
    await insertLeadRow(database.dataSource, { email: 'unreachable@example.com', stage: Stage.Mql });
    lifecycle.onGovernanceSignal = async () => {
      throw new Error('Temporal frontend unavailable');
    };
    const version = await reviewedVersion();

    const published = await services.governancePublish.publish(admin, version);

    expect(published.status).toBe(GovernanceStatus.Published);
    expect(lifecycle.governanceSignals).toHaveLength(1);
  });

  it('rejects a version that is not in review', async () => {
    const draft = await services.governanceDrafts.create(admin);

    const error = await accordErrorOf(services.governancePublish.publish(admin, draft.version));

    expect(error.code).toBe('CONFLICT');
    expect(await statusOf(draft.version)).toBe(GovernanceStatus.Draft);
  });

  it('reports a missing version as not found', async () => {
    expect((await accordErrorOf(services.governancePublish.publish(admin, 999))).code).toBe('NOT_FOUND');
  });

  it('rejects a reviewed model that became invalid', async () => {
    const version = await reviewedVersion();
    const before = await publishedVersion();
    await database.dataSource.query('UPDATE users SET active = false WHERE id = ANY($1::uuid[])', [firstModel.routingPools[0]?.memberIds]);

    const error = await accordErrorOf(services.governancePublish.publish(admin, version));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.some((problem) => problem.field.startsWith('routingPools[0]'))).toBe(true);
    expect(await statusOf(version)).toBe(GovernanceStatus.InReview);
    expect(await publishedVersion()).toBe(before);
    expect(lifecycle.governanceSignals).toEqual([]);
  });

  it('lets one of two concurrent publishes win', async () => {
    const version = await reviewedVersion();

    const results = await Promise.allSettled([
      services.governancePublish.publish(admin, version),
      services.governancePublish.publish(admin, version),
    ]);

    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const codes = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as { code?: string }).code] : []));
    expect(fulfilled).toHaveLength(1);
    expect(codes).toEqual(['CONFLICT']);
    expect(await publishedVersion()).toBe(version);
  });

  it('rejects a publish while another one holds the lock', async () => {
    const before = await publishedVersion();
    const version = await reviewedVersion();
    const holder = database.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT pg_advisory_xact_lock($1::bigint)', [GOVERNANCE_PUBLISH_LOCK_KEY]);

    try {
      const error = await accordErrorOf(services.governancePublish.publish(admin, version));

      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('Another governance version is being published');
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await statusOf(version)).toBe(GovernanceStatus.InReview);
    expect(await publishedVersion()).toBe(before);
  });

  it('keeps one published version when two versions publish at once', async () => {
    const first = await reviewedVersion();
    const second = await reviewedVersion();

    const results = await Promise.allSettled([
      services.governancePublish.publish(admin, first),
      services.governancePublish.publish(admin, second),
    ]);

    const rejectedCodes = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as { code?: string }).code] : []));
    expect(rejectedCodes.every((code) => code === 'CONFLICT')).toBe(true);
    const rows: { count: number }[] = await database.dataSource.query(
      `SELECT count(*)::int AS count FROM governance_versions WHERE status = 'PUBLISHED'`,
    );
    expect(rows[0]?.count).toBe(1);
  });
});

/** Returns a pino logger and the JSON lines it wrote, for a test to read. */
function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });

  return { logger: pino(stream), lines };
}

describe('signalOpenLeads', () => {
  it('counts signalled, not running and failed leads in one log line', async () => {
    const leads = await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) => insertLeadRow(database.dataSource, { email: `${name}@example.com`, stage: Stage.Sal })),
    );
    const [notRunning, failing] = leads;
    lifecycle.onGovernanceSignal = async (leadId) => {
      if (leadId === failing?.id) {
        throw new Error('Temporal frontend unavailable');
      }

      return leadId === notRunning?.id ? 'NOT_RUNNING' : 'SIGNALLED';
    };
    const { logger, lines } = capturingLogger();

    const counts = await signalOpenLeads(database.dataSource, lifecycle, 7, logger);

    expect(counts).toEqual({ openLeads: 4, signalled: 2, notRunning: 1, failed: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ version: 7, openLeads: 4, signalled: 2, notRunning: 1, failed: 1, leadId: failing?.id });
  });

  it(`keeps at most ${SIGNAL_CONCURRENCY} signals in flight`, async () => {
    await database.dataSource.query(
      `INSERT INTO leads (email, email_normalized, motion, stage, score_breakdown, routing_trace, governance_version, arrived_at)
       SELECT 'bulk' || n || '@example.com', 'bulk' || n || '@example.com', 'INBOUND', 'MQL', '[]', '[]', 1, now()
         FROM generate_series(1, 75) AS n`,
    );
    let inFlight = 0;
    let maxInFlight = 0;
    lifecycle.onGovernanceSignal = async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;

      return 'SIGNALLED';
    };
    const { logger } = capturingLogger();

    const counts = await signalOpenLeads(database.dataSource, lifecycle, 7, logger);

    expect(counts.signalled).toBe(75);
    expect(maxInFlight).toBe(SIGNAL_CONCURRENCY);
  });
});
