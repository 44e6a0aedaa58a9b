import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { runMigrations } from '../data-source';

const adminUrl = process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `accord_migrations_${process.pid}_${Date.now()}`;
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);

async function dropDatabase(): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.destroy();
}

afterAll(dropDatabase);

describe('migrations', () => {
  it('build the schema the entities describe', async () => {
    const applied = await runMigrations(databaseUrl);
    expect(applied).toEqual(['InitialSchema1764878400000']);

    const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, entities: ENTITIES, uuidExtension: 'pgcrypto' });
    await dataSource.initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('apply nothing on a second run', async () => {
    expect(await runMigrations(databaseUrl)).toEqual([]);
  });
});
