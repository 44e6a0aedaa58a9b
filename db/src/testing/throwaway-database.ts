import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../data-source';

/** For tests only: a migrated database of its own, dropped by `drop()`. */
export interface ThrowawayDatabase {
  name: string;
  url: string;
  dataSource: DataSource;
  /** Closes the data source and drops the database, ending sessions a test left open. */
  drop(): Promise<void>;
}

/** The server that holds throwaway databases: the local PostgreSQL unless DATABASE_ADMIN_URL names another. */
export function adminDatabaseUrl(): string {
  return process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function runAsAdmin(sql: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: adminDatabaseUrl() });
  await admin.initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

/** Creates `accord_<label>_<random>`, applies every migration and connects to it. */
export async function createThrowawayDatabase(label: string, options: { poolSize?: number } = {}): Promise<ThrowawayDatabase> {
  const name = `accord_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  await runMigrations(url.toString());

  const dataSource = createDataSource(url.toString(), { poolSize: options.poolSize ?? 10 });
  await dataSource.initialize();

  return {
    name,
    url: url.toString(),
    dataSource,
    async drop() {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await runAsAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
