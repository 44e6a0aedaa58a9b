import { Stage } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import { createRecordingLogger } from '../testing/recording-logger.fixture';
import { RECONCILE_CONCURRENCY, reconcileLeadLifecycles } from './reconcile-lead-lifecycles';

let database: ThrowawayDatabase;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_reconcile');
  await seedDemoOrganisation(database.dataSource);
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
});

async function insertLeads(stage: Stage, count: number): Promise<string[]> {
  const leads = await Promise.all(
    Array.from({ length: count }, (_unused, index) =>
      insertLeadRow(database.dataSource, { email: `${stage.toLowerCase()}-${index}@example.com`, stage }),
    ),
  );

  return leads.map((lead) => lead.id);
}

describe('reconcileLeadLifecycles', () => {
  it('starts the lifecycle of every open lead only', async () => {
    const open = [
      ...(await insertLeads(Stage.Lead, 2)),
      ...(await insertLeads(Stage.Mql, 2)),
      ...(await insertLeads(Stage.Sal, 1)),
      ...(await insertLeads(Stage.Sql, 1)),
    ];
    await insertLeads(Stage.Opportunity, 1);
    await insertLeads(Stage.Rejected, 1);
    await insertLeads(Stage.Disqualified, 1);
    await insertLeads(Stage.Recycled, 1);
    const lifecycle = new RecordingLifecycle();
    const log = createRecordingLogger();

    const counts = await reconcileLeadLifecycles(database.dataSource, lifecycle, log.logger);

    expect(counts).toEqual({ checked: 6, started: 6, failed: 0 });
    expect([...lifecycle.started].sort()).toEqual([...open].sort());
    expect(log.parsedLines()).toEqual([
      expect.objectContaining({ level: 30, checked: 6, started: 6, failed: 0, msg: 'Lead lifecycles reconciled.' }),
    ]);
  });

  it('keeps at most 20 starts in flight', async () => {
    await insertLeads(Stage.Mql, 45);
    const lifecycle = new RecordingLifecycle();
    let inFlight = 0;
    let maxInFlight = 0;
    lifecycle.onStart = async () => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
    };

    const counts = await reconcileLeadLifecycles(database.dataSource, lifecycle, createRecordingLogger().logger);

    expect(counts.started).toBe(45);
    expect(maxInFlight).toBe(RECONCILE_CONCURRENCY);
  });

  it('counts failed starts and logs the first error', async () => {
    const [failing] = await insertLeads(Stage.Sal, 3);
    const lifecycle = new RecordingLifecycle();
    lifecycle.onStart = async (leadId) => {
      if (leadId === failing) {
        throw new Error('Temporal is unreachable');
      }
    };
    const log = createRecordingLogger();

    const counts = await reconcileLeadLifecycles(database.dataSource, lifecycle, log.logger);

    expect(counts).toEqual({ checked: 3, started: 2, failed: 1 });
    expect(log.parsedLines()).toEqual([
      expect.objectContaining({
        level: 40,
        checked: 3,
        started: 2,
        failed: 1,
        leadId: failing,
        err: expect.objectContaining({ message: 'Temporal is unreachable' }),
      }),
    ]);
  });

  it('stops taking leads once aborted', async () => {
    await insertLeads(Stage.Lead, 30);
    const lifecycle = new RecordingLifecycle();
    const controller = new AbortController();
    lifecycle.onStart = async () => {
      controller.abort();
    };

    const counts = await reconcileLeadLifecycles(database.dataSource, lifecycle, createRecordingLogger().logger, controller.signal);

    expect(counts.started).toBeLessThanOrEqual(RECONCILE_CONCURRENCY);
    expect(lifecycle.started.length).toBe(counts.started);
  });
});
