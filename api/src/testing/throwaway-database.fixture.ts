import { randomBytes } from 'node:crypto';

import { createDataSource, runMigrations } from '@accord/db';
import { DataSource } from 'typeorm';

export interface ThrowawayDatabase {
  url: string;
  dataSource: DataSource;
  /** Closes the data source and drops the database. */
  drop(): Promise<void>;
}

/** Server that holds the throwaway databases: the local PostgreSQL unless TEST_POSTGRES_URL names another. */
const SERVER_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;

  return url.toString();
}

/** Creates a database named `accord_api_<random>`, applies every migration and connects to it. */
export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `accord_api_${randomBytes(6).toString('hex')}`;
  const url = databaseUrl(name);
  await runMigrations(url);

  const dataSource = createDataSource(url, { poolSize: 5 });
  await dataSource.initialize();

  return {
    url,
    dataSource,
    async drop() {
      await dataSource.destroy();
      const admin = new DataSource({ type: 'postgres', url: SERVER_URL });
      await admin.initialize();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.destroy();
      }
    },
  };
}
