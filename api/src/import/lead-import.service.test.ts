import { ImportJobEntity, ImportStatus, LeadEntity, createLogger } from '@accord/db';

import type { Caller } from '../auth/caller';
import { GovernanceService } from '../governance/governance.service';
import { LeadIntakeService } from '../lead/lead-intake.service';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { MAX_IMPORT_FILE_BYTES, MAX_RUNNING_IMPORTS_PER_USER } from './import-limits';
import { LeadImportService } from './lead-import.service';

let database: ThrowawayDatabase;
let lifecycle: RecordingLifecycle;
let imports: LeadImportService;
let admin: Caller;
let emeaManager: Caller;
let americasManager: Caller;

const HEADER = 'email,first_name,last_name,source,stage,reason_code,note';
const MIXED_FILE = [
  HEADER,
  'ok1@example.com,Ada,One,Web,,,',
  'not-an-address,Ben,Two,Web,,,',
  'OK1@example.com,Cy,Three,Web,,,',
  'closed@example.com,Di,Four,Web,REJECTED,NO_FIT,Wrong industry',
  ',Ed,Five,Web,,,',
  'ok2@example.com,Flo,Six,Web,,,',
].join('\n');

function fileOfRows(count: number): string {
  const rows = Array.from({ length: count }, (_unused, index) => `bulk${index}@example.com,Row,${index},Web,,,`);

  return [HEADER, ...rows].join('\n');
}

/** Makes every lifecycle start wait until `release`, so imports stay RUNNING on their first row. */
function holdEveryLifecycleStart(): { release: () => void } {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  lifecycle.onStart = () => held;

  return { release: () => release() };
}

beforeAll(async () => {
  database = await createThrowawayDatabase('api');
  await seedDemoOrganisation(database.dataSource);
  admin = await callerOf(database.dataSource, 'admin@accord.example');
  emeaManager = await callerOf(database.dataSource, 'manager.emea@accord.example');
  americasManager = await callerOf(database.dataSource, 'manager.americas@accord.example');
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM import_jobs');
  lifecycle = new RecordingLifecycle();
  const logger = createLogger('test');
  const intake = new LeadIntakeService(database.dataSource, new GovernanceService(database.dataSource), lifecycle, logger);
  imports = new LeadImportService(database.dataSource, intake, logger);
});

describe('LeadImportService', () => {
  it('counts created, duplicate and invalid rows and keeps each problem’s row', async () => {
    const started = await imports.start(emeaManager, { fileName: 'mixed.csv', content: MIXED_FILE });

    expect(started.job.status).toBe(ImportStatus.Running);
    expect(started.job.rowsTotal).toBe(6);
    const job = await started.completion;
    expect(job).toMatchObject({ status: ImportStatus.Completed, preset: 'accord', rowsDone: 6, rowsCreated: 3, rowsDuplicate: 1, rowsInvalid: 2 });
    expect(job.finishedAt).not.toBeNull();
    const problems = await imports.listProblems(job.id, 100);
    expect(problems.map((problem) => [problem.rowNumber, problem.field])).toEqual([
      [2, 'email'],
      [3, 'email'],
      [5, 'email'],
    ]);
    expect(problems[0]?.value).toBe('not-an-address');
    expect(lifecycle.started).toHaveLength(2);
  });

  it('creates no lead twice when a file is imported again', async () => {
    await (await imports.start(admin, { fileName: 'mixed.csv', content: MIXED_FILE })).completion;

    const again = await (await imports.start(admin, { fileName: 'mixed.csv', content: MIXED_FILE })).completion;

    expect(again).toMatchObject({ rowsCreated: 0, rowsDuplicate: 4, rowsInvalid: 2 });
    expect(await database.dataSource.getRepository(LeadEntity).count()).toBe(3);
  });

  it('reports progress every ten rows and at the end', async () => {
    const progress: number[] = [];

    const started = await imports.start(admin, { fileName: 'bulk.csv', content: fileOfRows(25) }, (rowsDone) => progress.push(rowsDone));
    await started.completion;

    expect(progress).toEqual([10, 20, 25]);
  });

  it('reports the last row once when it completes a batch of ten', async () => {
    const progress: number[] = [];

    const started = await imports.start(admin, { fileName: 'bulk.csv', content: fileOfRows(20) }, (rowsDone) => progress.push(rowsDone));
    await started.completion;

    expect(progress).toEqual([10, 20]);
  });

  it('fails the job with the parser’s message when no preset fits the header', async () => {
    const started = await imports.start(admin, { fileName: 'odd.csv', content: 'colour,shape\nred,round\n' });

    expect(started.job.status).toBe(ImportStatus.Failed);
    expect(started.job.error).toContain('matches no import preset');
    expect(started.job.finishedAt).not.toBeNull();
    await expect(started.completion).resolves.toMatchObject({ status: ImportStatus.Failed });
  });

  it('stops after the current row and records why', async () => {
    let releaseFirstRow: () => void = () => undefined;
    const firstRowHeld = new Promise<void>((resolve) => {
      releaseFirstRow = resolve;
    });
    lifecycle.onStart = () => firstRowHeld;

    const started = await imports.start(admin, { fileName: 'bulk.csv', content: fileOfRows(5) });
    const stopped = imports.stop();
    releaseFirstRow();
    await stopped;
    const job = await started.completion;

    expect(job.status).toBe(ImportStatus.Failed);
    expect(job.rowsDone).toBe(1);
    expect(job.error).toContain('after 1 of 5 rows');
  });

  it('fails the job when a row hits a server error', async () => {
    lifecycle.onStart = async () => {
      throw new Error('Temporal is unreachable');
    };

    const job = await (await imports.start(admin, { fileName: 'bulk.csv', content: fileOfRows(3) })).completion;

    expect(job.status).toBe(ImportStatus.Failed);
    expect(job.error).toContain('Row 1 could not be stored');
    expect(await database.dataSource.getRepository(LeadEntity).count()).toBe(0);
  });

  it('hides another team’s lead in a duplicate row’s problem', async () => {
    const existing = await insertLeadRow(database.dataSource, { email: 'bulk0@example.com', teamId: americasManager.teamId });

    const job = await (await imports.start(emeaManager, { fileName: 'bulk.csv', content: fileOfRows(1) })).completion;

    expect(job.rowsDuplicate).toBe(1);
    const problems = await imports.listProblems(job.id, 10);
    expect(problems).toEqual([
      { rowNumber: 1, field: 'email', value: 'bulk0@example.com', message: 'a lead with this e-mail address was already submitted; no new lead was created' },
    ]);
    expect(JSON.stringify(problems)).not.toContain(existing.id);
  });

  it('names the existing lead in a duplicate row’s problem for an admin', async () => {
    const existing = await insertLeadRow(database.dataSource, { email: 'bulk0@example.com', teamId: americasManager.teamId });

    const job = await (await imports.start(admin, { fileName: 'bulk.csv', content: fileOfRows(1) })).completion;

    const problems = await imports.listProblems(job.id, 10);
    expect(problems[0]?.message).toContain(existing.id);
  });

  it('fails the job of a file over the byte limit', async () => {
    const content = `${HEADER}\n${'x'.repeat(MAX_IMPORT_FILE_BYTES)}`;

    const started = await imports.start(emeaManager, { fileName: 'huge.csv', content });

    expect(started.job.status).toBe(ImportStatus.Failed);
    expect(started.job.error).toContain(`at most ${MAX_IMPORT_FILE_BYTES} bytes`);
    expect(started.job.error).toContain('Split the file');
    expect(await database.dataSource.getRepository(ImportJobEntity).countBy({ id: started.job.id, status: ImportStatus.Failed })).toBe(1);
  });

  it('refuses a third running import of one user with CONFLICT', async () => {
    const held = holdEveryLifecycleStart();
    const running = await Promise.all([
      imports.start(emeaManager, { fileName: 'one.csv', content: fileOfRows(2) }),
      imports.start(emeaManager, { fileName: 'two.csv', content: fileOfRows(2) }),
    ]);

    const refused = imports.start(emeaManager, { fileName: 'three.csv', content: fileOfRows(2) });

    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`at most ${MAX_RUNNING_IMPORTS_PER_USER}`) });
    const stored = await database.dataSource.getRepository(ImportJobEntity).findOneByOrFail({ fileName: 'three.csv' });
    expect(stored).toMatchObject({ status: ImportStatus.Failed, actorId: emeaManager.id });
    expect(stored.error).toContain('Not started');
    await expect(imports.start(americasManager, { fileName: 'other-user.csv', content: fileOfRows(1) })).resolves.toMatchObject({
      job: { status: ImportStatus.Running },
    });
    held.release();
    await Promise.all(running.map((started) => started.completion));
  });

  it('lets only two of three parallel starts run', async () => {
    const held = holdEveryLifecycleStart();

    const results = await Promise.allSettled(
      ['a.csv', 'b.csv', 'c.csv'].map((fileName) => imports.start(admin, { fileName, content: fileOfRows(1) })),
    );

    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    held.release();
    await imports.stop();
  });

  it('does not limit the command-line import', async () => {
    const held = holdEveryLifecycleStart();

    const started = await Promise.all(['a.csv', 'b.csv', 'c.csv'].map((fileName) => imports.start(null, { fileName, content: fileOfRows(1) })));

    expect(started.map((run) => run.job.status)).toEqual([ImportStatus.Running, ImportStatus.Running, ImportStatus.Running]);
    held.release();
    await Promise.all(started.map((run) => run.completion));
  });

  it('shows a job to its actor and to admins only', async () => {
    const { job } = await imports.start(emeaManager, { fileName: 'odd.csv', content: 'colour\nred\n' });

    await expect(imports.findJob(emeaManager, job.id)).resolves.toMatchObject({ id: job.id });
    await expect(imports.findJob(admin, job.id)).resolves.toMatchObject({ id: job.id });
    await expect(imports.findJob(americasManager, job.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
