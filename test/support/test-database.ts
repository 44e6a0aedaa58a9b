import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '@accord/db';

const ADMIN_URL = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

async function runAsAdmin(sql: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: ADMIN_URL });
  await admin.initialize();
  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

/** A migrated database of its own for one test file, dropped by `drop()`. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `accord_t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  await runMigrations(url);
  const dataSource = createDataSource(url);
  await dataSource.initialize();

  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await runAsAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
