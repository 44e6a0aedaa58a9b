import { ImportJobEntity, ImportStatus } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { createRecordingLogger } from '../testing/recording-logger.fixture';
import { failInterruptedImports } from './fail-interrupted-imports';

let database: ThrowawayDatabase;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_interrupted_imports');
});

afterAll(async () => {
  await database.drop();
});

async function storeJob(fileName: string, status: ImportStatus): Promise<ImportJobEntity> {
  const jobs = database.dataSource.getRepository(ImportJobEntity);

  return jobs.save(
    jobs.create({
      actorId: null,
      fileName,
      preset: 'accord',
      status,
      rowsTotal: 10,
      rowsDone: 4,
      startedAt: new Date('2026-03-02T09:00:00Z'),
      finishedAt: status === ImportStatus.Running ? null : new Date('2026-03-02T09:05:00Z'),
    }),
  );
}

describe('failInterruptedImports', () => {
  it('marks RUNNING jobs FAILED with the reason and logs the count', async () => {
    const running = await Promise.all([storeJob('a.csv', ImportStatus.Running), storeJob('b.csv', ImportStatus.Running)]);
    const completed = await storeJob('c.csv', ImportStatus.Completed);
    const log = createRecordingLogger();
    const now = new Date('2026-03-02T10:00:00Z');

    const count = await failInterruptedImports(database.dataSource, log.logger, now);

    expect(count).toBe(2);
    const jobs = database.dataSource.getRepository(ImportJobEntity);
    for (const job of running) {
      expect(await jobs.findOneByOrFail({ id: job.id })).toMatchObject({
        status: ImportStatus.Failed,
        rowsDone: 4,
        finishedAt: now,
        error:
          'interrupted when the API stopped before 2026-03-02T10:00:00.000Z; re-run the import — rows already created are skipped as duplicates',
      });
    }
    expect(await jobs.findOneByOrFail({ id: completed.id })).toMatchObject({ status: ImportStatus.Completed, error: null });
    expect(log.parsedLines()).toEqual([expect.objectContaining({ level: 30, count: 2 })]);
  });
});
