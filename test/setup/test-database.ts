/**
 * The throwaway PostgreSQL database of one jest run: created empty, migrated with the migrations of
 * `@accord/db`, dropped at the end.
 */
import crypto from 'node:crypto';
import type { Config } from '@jest/types';
import { DataSource } from 'typeorm';
import { withWorkspaceSources } from './workspace-sources';

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  databaseName: string;
  databaseUrl: string;
}

/** Creates `accord_test_<random>` through the admin URL's server and returns its URL. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const databaseName = `accord_test_${crypto.randomBytes(6).toString('hex')}`;
  await runAdminQuery(adminUrl, `CREATE DATABASE "${databaseName}"`);

  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;

  return { databaseName, databaseUrl: url.toString() };
}

/** Drops the database, ending any sessions that tests left open (PostgreSQL 13 or later). */
export async function dropTestDatabase(adminUrl: string, databaseName: string): Promise<void> {
  await runAdminQuery(adminUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

/**
 * Applies the migrations of `@accord/db`, loaded from its TypeScript sources as the tests load it, and
 * throws an error that names the missing piece when the package or its migrations are not written yet.
 */
export async function migrateTestDatabase(database: TestDatabase, projectConfig: Config.ProjectConfig): Promise<void> {
  await withWorkspaceSources(projectConfig, async () => {
    let db: { runMigrations?: unknown };
    try {
      // swc compiles this import to require(), which withWorkspaceSources maps to db/src/index.ts.
      db = (await import('@accord/db')) as { runMigrations?: unknown };
    } catch (error) {
      throw new Error(`Loading @accord/db (db/src/index.ts) failed, so the test database cannot be migrated: ${messageOf(error)}`, { cause: error });
    }

    if (typeof db.runMigrations !== 'function') {
      throw new Error('@accord/db does not export runMigrations(databaseUrl) yet, so the test database cannot be migrated.');
    }

    let applied: unknown;
    try {
      applied = await (db.runMigrations as (databaseUrl: string) => Promise<unknown>)(database.databaseUrl);
    } catch (error) {
      throw new Error(`Migrating the test database ${database.databaseName} failed: ${messageOf(error)}`, { cause: error });
    }

    if (Array.isArray(applied) && applied.length === 0) {
      throw new Error(`runMigrations applied no migration to the empty database ${database.databaseName}; add the schema's migrations to @accord/db.`);
    }
  });
}

async function runAdminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  try {
    await admin.initialize();
  } catch (error) {
    throw new Error(`Connecting to PostgreSQL at ${redactPassword(adminUrl)} failed: ${messageOf(error)}. Start PostgreSQL or set DATABASE_ADMIN_URL.`, { cause: error });
  }

  try {
    await admin.query(sql);
  } finally {
    await admin.destroy();
  }
}

function redactPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (url.password !== '') {
    url.password = '***';
  }

  return url.toString();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
