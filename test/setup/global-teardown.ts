/**
 * Jest global teardown of the integration project: stops the Temporal dev server that global setup started
 * and drops its throwaway database.
 */
import fs from 'node:fs';
import { stopTemporalDevServer } from './temporal-dev-server';
import { dropTestDatabase } from './test-database';
import { readTestEnvState, TEST_ENV_FILE_VARIABLE } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const state = readTestEnvState();

  await stopTemporalDevServer(state.temporalPid);
  await dropTestDatabase(state.adminUrl, state.databaseName);

  fs.rmSync(state.temporalLogFile, { force: true });
  const stateFile = process.env[TEST_ENV_FILE_VARIABLE];
  if (stateFile !== undefined) {
    fs.rmSync(stateFile, { force: true });
  }
}
