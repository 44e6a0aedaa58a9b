import { ImportJobEntity, ImportStatus } from '@accord/db';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

/**
 * Marks every RUNNING import job FAILED, because its rows run inside the process that started it and
 * that process is gone. The API and the command-line import call it once at start, before any
 * import of their own, and it returns the number of jobs it marked.
 *
 * NOTE: a second process that is still importing against the same database loses its RUNNING jobs
 * to this sweep. Its row loop sets the final status when it finishes, but until then the job reads
 * FAILED and no longer counts against the running-import limit.
 */
export async function failInterruptedImports(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<number> {
  const error =
    `interrupted when the API stopped before ${now.toISOString()}; ` + 're-run the import — rows already created are skipped as duplicates';

  const result = await dataSource
    .getRepository(ImportJobEntity)
    .update({ status: ImportStatus.Running }, { status: ImportStatus.Failed, error, finishedAt: now });
  const count = result.affected ?? 0;

  logger.info({ count }, 'Marked interrupted import jobs FAILED.');

  return count;
}
