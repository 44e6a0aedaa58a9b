import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { runMigrations } from '../data-source';
import { MIGRATIONS } from '.';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../testing/throwaway-database';

let database: ThrowawayDatabase;

beforeAll(async () => {
  database = await createThrowawayDatabase('migrations', { poolSize: 1 });
});

afterAll(async () => {
  await database?.drop();
});

describe('migrations', () => {
  it('build the schema the entities describe', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES, uuidExtension: 'pgcrypto' });
    await dataSource.initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();

    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('apply nothing on a second run', async () => {
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('record every migration as applied', async () => {
    const rows: { name: string }[] = await database.dataSource.query('SELECT name FROM migrations ORDER BY id');

    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
