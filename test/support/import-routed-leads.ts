import { Stage } from '@accord/governance';
import { ImportStatus, LeadEntity } from '@accord/db';
import type { ApiStack } from './api-stack';
import { waitFor } from './wait-for';

/**
 * Imports CSV rows as a Salesforce Data Loader file through the API's import service, checks that every
 * row was created, and waits until every imported lead is an MQL with an owner.
 */
export async function importRoutedLeads(
  apiStack: ApiStack,
  file: { fileName: string; header: string; rows: readonly string[] },
): Promise<LeadEntity[]> {
  const { completion } = await apiStack.api.services.leadImports.start(null, {
    fileName: file.fileName,
    content: [file.header, ...file.rows].join('\n'),
    preset: 'salesforce-data-loader',
  });
  const job = await completion;
  expect(job.status).toBe(ImportStatus.Completed);
  expect(job.rowsCreated).toBe(file.rows.length);

  const leads = apiStack.stack.database.dataSource.getRepository(LeadEntity);

  return waitFor(
    () => leads.findBy({ importJobId: job.id }),
    (rows) => rows.length === file.rows.length && rows.every((row) => row.ownerId !== null && row.stage === Stage.Mql),
    30_000,
    'every imported lead to be routed to an owner',
  );
}
