import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

import { ImportJobEntity, ImportStatus, SubmissionChannel } from '@accord/db';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { Caller } from '../auth/caller';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { LeadIntakeService } from '../lead/lead-intake.service';
import type { ParsedImportRow } from './parsed-import-row';

/** Rows between two writes of the job's counters. */
export const PROGRESS_INTERVAL_ROWS = 10;

export type ImportProgressListener = (rowsDone: number, rowsTotal: number) => void;

interface RowCounts {
  rowsDone: number;
  rowsCreated: number;
  rowsDuplicate: number;
  rowsInvalid: number;
}

export interface ImportRowRun {
  job: ImportJobEntity;
  rows: readonly ParsedImportRow[];
  actor: Caller | null;
  onProgress?: ImportProgressListener;
  /** Returns true once the process is stopping, so the run ends after the current row. */
  isStopping: () => boolean;
}

const RERUN_ADVICE = 'Import the file again to finish: rows already imported count as duplicates, so no lead is created twice.';

/**
 * Sends each row, in file order, through the lead intake and keeps the job's counters current.
 * Ends with COMPLETED, or FAILED with the reason when the process stops or a row fails unexpectedly.
 * The event loop runs other work between two rows.
 */
export async function runImportRows(
  dataSource: DataSource,
  intake: Pick<LeadIntakeService, 'submit'>,
  logger: Logger,
  run: ImportRowRun,
): Promise<ImportJobEntity> {
  const { job, rows } = run;
  const counts: RowCounts = { rowsDone: 0, rowsCreated: 0, rowsDuplicate: 0, rowsInvalid: 0 };
  const jobs = dataSource.getRepository(ImportJobEntity);
  let reportedRows = -1;
  const report = (): void => {
    if (reportedRows !== counts.rowsDone) {
      reportedRows = counts.rowsDone;
      run.onProgress?.(counts.rowsDone, rows.length);
    }
  };
  const saveProgress = async (): Promise<void> => {
    await jobs.update({ id: job.id }, { ...counts });
    report();
  };
  const finish = async (status: ImportStatus, error: string | null): Promise<ImportJobEntity> => {
    await jobs.update({ id: job.id }, { ...counts, status, error, finishedAt: new Date() });
    report();
    logger.info({ importJobId: job.id, status, ...counts }, 'Import finished.');

    return jobs.findOneByOrFail({ id: job.id });
  };

  for (const row of rows) {
    if (run.isStopping()) {
      return finish(ImportStatus.Failed, `The server stopped after ${counts.rowsDone} of ${rows.length} rows. ${RERUN_ADVICE}`);
    }

    try {
      const outcome = await intake.submit({
        input: row.input,
        channel: SubmissionChannel.Import,
        actor: run.actor,
        importJobId: job.id,
        rowNumber: row.rowNumber,
        parseProblems: row.problems,
        payload: { ...row.raw },
      });
      countOutcome(counts, outcome.kind);
    } catch (error) {
      logger.error({ err: describeErrorForLog(error), importJobId: job.id, rowNumber: row.rowNumber }, 'Import row failed.');

      return finish(
        ImportStatus.Failed,
        `Row ${row.rowNumber} could not be stored because of a server error, so the import stopped after ` +
          `${counts.rowsDone} of ${rows.length} rows. ${RERUN_ADVICE}`,
      );
    }

    counts.rowsDone++;
    if (counts.rowsDone % PROGRESS_INTERVAL_ROWS === 0) {
      await saveProgress();
    }

    // A row whose awaits all settle at once (no I/O) would run the next row without giving other
    // requests a turn, so each row ends with one pass of the event loop.
    await yieldToEventLoop();
  }

  return finish(ImportStatus.Completed, null);
}

function countOutcome(counts: RowCounts, kind: 'CREATED' | 'EXISTING' | 'INVALID' | 'DUPLICATE'): void {
  switch (kind) {
    case 'CREATED':
      counts.rowsCreated++;
      break;
    // Imports carry no idempotency key and partners do not import, so an import row can match an
    // earlier lead only in theory. Such a row created nothing, so it counts as a duplicate.
    case 'EXISTING':
    case 'DUPLICATE':
      counts.rowsDuplicate++;
      break;
    case 'INVALID':
      counts.rowsInvalid++;
      break;
  }
}
