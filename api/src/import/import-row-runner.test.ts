import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

import { ImportJobEntity, ImportStatus, createLogger } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { LeadIntakeService, LeadSubmission, SubmissionOutcome } from '../lead/lead-intake.service';
import { runImportRows } from './import-row-runner';
import type { ParsedImportRow } from './parsed-import-row';

let database: ThrowawayDatabase;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_row_runner');
});

afterAll(async () => {
  await database.drop();
});

async function createJob(rowsTotal: number): Promise<ImportJobEntity> {
  const jobs = database.dataSource.getRepository(ImportJobEntity);

  return jobs.save(
    jobs.create({ actorId: null, fileName: 'rows.csv', preset: 'accord', status: ImportStatus.Running, rowsTotal, startedAt: new Date() }),
  );
}

function rowsOf(count: number): ParsedImportRow[] {
  return Array.from({ length: count }, (_unused, index) => ({ rowNumber: index + 1, line: index + 2, input: null, problems: [], raw: {} }));
}

describe('runImportRows', () => {
  it('lets the event loop run between rows', async () => {
    const rows = rowsOf(5);
    let immediateRan = false;
    const immediateRanAtRow: boolean[] = [];
    const intake: Pick<LeadIntakeService, 'submit'> = {
      // Settles without I/O, like a row that fails validation before reaching the database.
      submit: async (submission: LeadSubmission): Promise<SubmissionOutcome> => {
        immediateRanAtRow[(submission.rowNumber ?? 0) - 1] = immediateRan;

        return { kind: 'INVALID', problems: [] };
      },
    };
    const stored = await createJob(rows.length);
    void yieldToEventLoop().then(() => {
      immediateRan = true;
    });

    const job = await runImportRows(database.dataSource, intake, createLogger('test'), {
      job: stored,
      rows,
      actor: null,
      isStopping: () => false,
    });

    expect(job.status).toBe(ImportStatus.Completed);
    expect(immediateRanAtRow[0]).toBe(false);
    expect(immediateRanAtRow[1]).toBe(true);
  });
});
