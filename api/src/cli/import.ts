import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createDataSource, createLogger, loadConfig, type ImportJobEntity } from '@accord/db';
import { Client, Connection } from '@temporalio/client';

import { createApiServices } from '../context/create-api-services';
import { describeErrorForLog } from '../errors/log-internal-errors';
import type { ImportProblem } from '../import/import-job.type';
import { failInterruptedImports } from '../import/fail-interrupted-imports';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from '../import/import-limits';
import { createTemporalLeadLifecycle } from '../lead/lead-lifecycle.gateway';

const USAGE = 'Usage: node api/dist/cli/import.js FILE [--preset NAME]\n' +
  'Imports a CSV or sObject tree JSON file of leads into the database at DATABASE_URL, as the system user.\n' +
  'TEMPORAL_ADDRESS names the Temporal server that runs the lead lifecycles.\n' +
  `A file may be at most ${MAX_IMPORT_FILE_BYTES} bytes and ${MAX_IMPORT_ROWS} data rows; split a larger file and import each part.\n`;

/** Enough to list every problem of any file the API accepts. */
const PROBLEM_LIMIT = 1_000_000;

const logger = createLogger('import-cli');

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function printReport(job: ImportJobEntity, problems: ImportProblem[]): void {
  print(`Import ${job.id} of ${job.fileName} with preset ${job.preset}: ${job.status}`);
  if (job.error !== null) {
    print(job.error);
  }
  print(
    `${job.rowsTotal} rows: ${job.rowsCreated} created, ${job.rowsDuplicate} duplicate, ${job.rowsInvalid} invalid, ` +
      `${job.rowsTotal - job.rowsDone} not processed`,
  );

  for (const problem of problems) {
    const value = problem.value === null ? '' : ` (value "${problem.value}")`;
    print(`  row ${problem.rowNumber}, ${problem.field}${value}: ${problem.message}`);
  }
}

/** Runs one import and returns the exit code: 0 when the file was read (even with invalid rows), 1 when it was not. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { preset: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [file] = positionals;
  if (values.help === true || file === undefined || positionals.length > 1) {
    process.stderr.write(USAGE);

    return values.help === true ? 0 : 2;
  }

  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);

    return 1;
  }

  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  await failInterruptedImports(dataSource, logger).catch(async (error: unknown) => {
    await dataSource.destroy();
    throw error;
  });
  const connection = await Connection.connect({ address: config.temporalAddress }).catch(async (error: unknown) => {
    await dataSource.destroy();
    throw error;
  });

  try {
    const client = new Client({ connection, namespace: config.temporalNamespace });
    const services = createApiServices({ config, dataSource, lifecycle: createTemporalLeadLifecycle(client) });
    process.once('SIGINT', () => void services.leadImports.stop());
    process.once('SIGTERM', () => void services.leadImports.stop());

    const started = await services.leadImports.start(
      null,
      { fileName: path.basename(file), content, preset: values.preset ?? null },
      (rowsDone, rowsTotal) => print(`${rowsDone} of ${rowsTotal} rows done`),
    );
    const job = await started.completion;
    printReport(job, await services.leadImports.listProblems(job.id, PROBLEM_LIMIT));

    return job.status === 'FAILED' ? 1 : 0;
  } finally {
    await connection.close();
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    logger.error({ err: describeErrorForLog(error) }, 'Import failed.');
    process.stderr.write(`Import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
