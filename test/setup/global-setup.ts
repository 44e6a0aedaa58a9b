/**
 * Jest global setup of the integration project: a migrated throwaway database `accord_test_<random>` on the
 * local PostgreSQL (DATABASE_ADMIN_URL names the server) and a Temporal dev server on free loopback ports.
 * Test files reach them through `getTestEnv()` in test-env.ts or DATABASE_URL, TEMPORAL_ADDRESS and
 * TEMPORAL_NAMESPACE in process.env.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import type { Config } from '@jest/types';
import { createTestDatabase, DEFAULT_ADMIN_URL, dropTestDatabase, migrateTestDatabase, type TestDatabase } from './test-database';
import { startTemporalDevServer, stopTemporalDevServer, type TemporalDevServer } from './temporal-dev-server';
import { TEST_ENV_FILE_VARIABLE, writeTestEnvState } from './test-env';

export default async function globalSetup(_globalConfig: Config.GlobalConfig, projectConfig: Config.ProjectConfig): Promise<void> {
  const adminUrl = process.env.DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;

  const [database, temporal] = await Promise.allSettled([prepareDatabase(adminUrl, projectConfig), startTemporalDevServer(projectConfig.rootDir)]);
  if (database.status === 'rejected' || temporal.status === 'rejected') {
    await releaseStarted(adminUrl, database, temporal);
    const failure = database.status === 'rejected' ? database.reason : (temporal as PromiseRejectedResult).reason;
    throw failure;
  }

  const file = writeTestEnvState({
    adminUrl,
    databaseName: database.value.databaseName,
    databaseUrl: database.value.databaseUrl,
    temporalAddress: temporal.value.address,
    temporalNamespace: temporal.value.namespace,
    temporalPid: temporal.value.pid,
    temporalLogFile: temporal.value.logFile,
  });

  // Test files get a copy of this environment: with --runInBand in this process, otherwise in the workers
  // that jest forks after global setup.
  process.env[TEST_ENV_FILE_VARIABLE] = file;
  process.env.DATABASE_URL = database.value.databaseUrl;
  process.env.TEMPORAL_ADDRESS = temporal.value.address;
  process.env.TEMPORAL_NAMESPACE = temporal.value.namespace;
}

async function prepareDatabase(adminUrl: string, projectConfig: Config.ProjectConfig): Promise<TestDatabase> {
  const database = await createTestDatabase(adminUrl);
  try {
    await migrateTestDatabase(database, projectConfig);
  } catch (error) {
    await dropTestDatabase(adminUrl, database.databaseName);
    throw error;
  }

  return database;
}

/** Undoes the half of the setup that succeeded when the other half failed; global teardown does not run then. */
async function releaseStarted(
  adminUrl: string,
  database: PromiseSettledResult<TestDatabase>,
  temporal: PromiseSettledResult<TemporalDevServer>,
): Promise<void> {
  if (database.status === 'fulfilled') {
    await dropTestDatabase(adminUrl, database.value.databaseName);
  }

  if (temporal.status === 'fulfilled') {
    await stopTemporalDevServer(temporal.value.pid);
    fs.rmSync(temporal.value.logFile, { force: true });
  }
}
