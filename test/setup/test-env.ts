/**
 * Where the integration tests find the throwaway PostgreSQL database and the Temporal dev server that global
 * setup started for this jest run. Global setup writes these details to a JSON file under the OS temp folder
 * and also sets DATABASE_URL, TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE in the environment of the tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestEnv {
  /** URL of the migrated throwaway database `accord_test_<random>`. */
  databaseUrl: string;
  /** host:port of the Temporal dev server's gRPC frontend. */
  temporalAddress: string;
  temporalNamespace: string;
}

/** What global teardown needs besides TestEnv to stop what global setup started. */
export interface TestEnvState extends TestEnv {
  adminUrl: string;
  databaseName: string;
  temporalPid: number;
  temporalLogFile: string;
}

/** Environment variable that contains the path of the JSON file with the TestEnvState. */
export const TEST_ENV_FILE_VARIABLE = 'ACCORD_TEST_ENV_FILE';

/** Returns the path of the state file of the jest process with this pid. */
export function testEnvFilePath(jestPid: number): string {
  return path.join(os.tmpdir(), `accord-test-env-${jestPid}.json`);
}

/**
 * Returns the database and Temporal server of this jest run. It reads global setup's file rather than a bare
 * DATABASE_URL, so a test can never fall back to a developer's own database.
 */
export function getTestEnv(): TestEnv {
  const { databaseUrl, temporalAddress, temporalNamespace } = readTestEnvState();

  return { databaseUrl, temporalAddress, temporalNamespace };
}

export function readTestEnvState(): TestEnvState {
  // Test files run in the jest process itself with --runInBand, and in its child processes otherwise.
  const candidates = [process.env[TEST_ENV_FILE_VARIABLE], testEnvFilePath(process.pid), testEnvFilePath(process.ppid)];
  const file = candidates.find((candidate): candidate is string => candidate !== undefined && fs.existsSync(candidate));
  if (file === undefined) {
    throw new Error(
      'The integration test environment is missing: no file from test/setup/global-setup.ts was found. ' +
        'Run the tests in the jest project "integration" (npm test) so that global setup starts the services.',
    );
  }

  return JSON.parse(fs.readFileSync(file, 'utf8')) as TestEnvState;
}

export function writeTestEnvState(state: TestEnvState): string {
  const file = testEnvFilePath(process.pid);
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });

  return file;
}
