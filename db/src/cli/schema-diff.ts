import { createDataSource } from '../data-source';
import { loadConfig } from '../config';

/**
 * Prints the SQL that would bring the database at DATABASE_URL in line with the entities. Run it
 * against a freshly migrated database to write the next migration; it changes nothing itself.
 */
async function main(): Promise<void> {
  const dataSource = createDataSource(loadConfig().databaseUrl, { poolSize: 1 });
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    for (const query of sql.upQueries) {
      console.log(`${query.query};`);
    }
    if (sql.upQueries.length === 0) {
      console.log('-- The schema matches the entities; no migration is needed.');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
