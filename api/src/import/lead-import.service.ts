import { ImportJobEntity, ImportStatus } from '@accord/db';
import { Role } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { AccordError } from '../errors/accord-error';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { LeadIntakeService } from '../lead/lead-intake.service';
import type { ImportProblem } from './import-job.type';
import { ImportFormatError, type ImportFormatErrorCode } from './import-format-error';
import { MAX_RUNNING_IMPORTS_PER_USER } from './import-limits';
import { runImportRows, type ImportProgressListener } from './import-row-runner';
import { parseImportFile } from './parse-import-file';
import type { ParsedImportFile, ParsedImportRow } from './parsed-import-row';

export interface ImportRequest {
  fileName: string;
  content: Buffer | string;
  /** Preset name. When absent, the header (or the JSON shape) chooses the preset. */
  preset?: string | null;
}

export interface StartedImport {
  /** The job as stored when the rows start: RUNNING, or FAILED when the file cannot be read. */
  job: ImportJobEntity;
  /** Settles with the finished job once every row is processed. */
  completion: Promise<ImportJobEntity>;
}

/** Preset recorded for a file that failed before a preset was chosen. */
const UNKNOWN_PRESET = 'unknown';

type OpenedJob =
  | { kind: 'RUNNING'; job: ImportJobEntity; rows: ParsedImportRow[] }
  | { kind: 'FAILED'; job: ImportJobEntity; code: ImportFormatErrorCode }
  | { kind: 'BUSY'; job: ImportJobEntity; running: number };

/**
 * Imports lead files: parses the whole file first, records an import job, then sends the rows
 * through the lead intake in the background. The API and the command-line import share it.
 * `import-limits.ts` sets the largest file and the most rows and running imports.
 */
export class LeadImportService {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: LeadIntakeService,
    private readonly logger: Logger,
  ) {}

  /**
   * Starts an import for `actor` (null when the command line runs it) and returns its job at once. A
   * file that cannot be imported (over a limit, unreadable, no preset) returns a FAILED job with the
   * reason. An actor who already has `MAX_RUNNING_IMPORTS_PER_USER` imports RUNNING gets CONFLICT,
   * and the refused file is still recorded as a FAILED job.
   */
  async start(actor: Caller | null, request: ImportRequest, onProgress?: ImportProgressListener): Promise<StartedImport> {
    const opened = await this.dataSource.transaction((manager) => this.openJob(manager, actor, request));

    if (opened.kind === 'BUSY') {
      this.logger.info(
        { importJobId: opened.job.id, userId: actor?.id ?? null, running: opened.running },
        'Import not started: the user has too many imports running.',
      );
      throw AccordError.conflict(
        `You already have ${opened.running} imports running, and at most ${MAX_RUNNING_IMPORTS_PER_USER} may run at once, ` +
          'so this import was not started. Import the file again when one of them has finished. ' +
          `The refused file is recorded as import job ${opened.job.id}.`,
      );
    }
    if (opened.kind === 'FAILED') {
      this.logger.info({ importJobId: opened.job.id, userId: actor?.id ?? null, code: opened.code }, 'Import file rejected.');

      return { job: opened.job, completion: Promise.resolve(opened.job) };
    }

    const { job, rows } = opened;
    this.logger.info({ importJobId: job.id, userId: actor?.id ?? null, rowsTotal: job.rowsTotal }, 'Import started.');

    const completion = runImportRows(this.dataSource, this.intake, this.logger, {
      job,
      rows,
      actor,
      onProgress,
      isStopping: () => this.stopping,
    });
    this.track(job.id, completion);

    return { job, completion };
  }

  /**
   * Stores the job: RUNNING with the parsed rows, or FAILED with the reason. The actor's running
   * imports are counted under a transaction-scoped advisory lock on the actor, so two parallel
   * starts cannot both pass the limit.
   */
  private async openJob(manager: EntityManager, actor: Caller | null, request: ImportRequest): Promise<OpenedJob> {
    const jobs = manager.getRepository(ImportJobEntity);
    const base = { actorId: actor?.id ?? null, fileName: request.fileName, startedAt: new Date() };
    const saveFailed = (preset: string, error: string): Promise<ImportJobEntity> =>
      jobs.save(jobs.create({ ...base, preset, status: ImportStatus.Failed, error, finishedAt: new Date() }));

    if (actor !== null) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import-jobs:${actor.id}`]);
      const running = await jobs.countBy({ actorId: actor.id, status: ImportStatus.Running });
      if (running >= MAX_RUNNING_IMPORTS_PER_USER) {
        const reason =
          `Not started: ${running} of your imports were already running, and at most ${MAX_RUNNING_IMPORTS_PER_USER} may run at once. ` +
          'Import the file again when one of them has finished.';

        return { kind: 'BUSY', job: await saveFailed(request.preset ?? UNKNOWN_PRESET, reason), running };
      }
    }

    let parsed: ParsedImportFile;
    try {
      parsed = parseImportFile({ fileName: request.fileName, content: request.content, preset: request.preset ?? undefined });
    } catch (error) {
      if (!(error instanceof ImportFormatError)) {
        throw error;
      }

      return { kind: 'FAILED', job: await saveFailed(request.preset ?? UNKNOWN_PRESET, error.message), code: error.code };
    }

    const job = await jobs.save(jobs.create({ ...base, preset: parsed.preset, status: ImportStatus.Running, rowsTotal: parsed.total }));

    return { kind: 'RUNNING', job, rows: parsed.rows };
  }

  /** Returns a job visible to the caller: its own imports, or any import for an admin. NOT_FOUND otherwise. */
  async findJob(caller: Caller, id: string): Promise<ImportJobEntity> {
    const job = isUuid(id) ? await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id }) : null;
    if (job === null || (caller.role !== Role.Admin && job.actorId !== caller.id)) {
      throw AccordError.notFound('Import job', id);
    }

    return job;
  }

  /** Lists the problems of rejected rows in row order, at most `limit` of them. */
  async listProblems(jobId: string, limit: number): Promise<ImportProblem[]> {
    const rows: { row_number: number | null; field: string | null; value: string | null; message: string | null }[] =
      await this.dataSource.query(
        `SELECT rejection.row_number, problem.value ->> 'field' AS field, problem.value ->> 'value' AS value,
                problem.value ->> 'message' AS message
           FROM submission_rejections rejection
          CROSS JOIN LATERAL jsonb_array_elements(rejection.problems) WITH ORDINALITY AS problem(value, position)
          WHERE rejection.import_job_id = $1
          ORDER BY rejection.row_number, rejection.created_at, problem.position
          LIMIT $2`,
        [jobId, limit],
      );

    return rows.map((row) => ({
      rowNumber: row.row_number ?? 0,
      field: row.field ?? 'row',
      value: row.value,
      message: row.message ?? 'The row was rejected.',
    }));
  }

  /** Makes running imports stop after their current row, marks them FAILED with the reason, and waits for them. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Keeps the run until it settles, so `stop` can wait for it, and logs a run that could not record its end. */
  private track(importJobId: string, completion: Promise<ImportJobEntity>): void {
    const settled = completion.then(
      () => undefined,
      (error: unknown) => {
        this.logger.error({ err: describeErrorForLog(error), importJobId }, 'Import could not record its result.');
      },
    );
    this.running.add(settled);
    void settled.finally(() => this.running.delete(settled));
  }
}
