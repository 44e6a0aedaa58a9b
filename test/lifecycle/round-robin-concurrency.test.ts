import { Stage } from '@accord/governance';
import { LeadEntity, loadPublishedVersion, seedDemo, UserEntity } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { assignLeadWith } from '@accord/workflows/activities/assign-lead.activity';
import { insertLead } from '../support/insert-lead';

jest.setTimeout(120_000);

let database: ThrowawayDatabase;

beforeAll(async () => {
  database = await createThrowawayDatabase('round_robin', { poolSize: 12 });
  await seedDemo(database.dataSource);
});

afterAll(async () => {
  await database?.drop();
});

describe('round-robin routing under concurrency', () => {
  it('splits 10 parallel routes repeated 100 times evenly over 3 reps', async () => {
    const { version } = await loadPublishedVersion(database.dataSource.manager);
    const leads: LeadEntity[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const lead = await insertLead(database.dataSource, { email: `parallel${index}@rotation.example` });
      await database.dataSource.manager.update(LeadEntity, { id: lead.id }, { stage: Stage.Mql });
      leads.push(lead);
    }

    for (let round = 0; round < 100; round += 1) {
      const batch = leads.slice(round * 10, round * 10 + 10);
      await Promise.all(
        batch.map((lead) =>
          assignLeadWith(database.dataSource, {
            leadId: lead.id,
            mode: 'ROUTE',
            slaStage: Stage.Sal,
            governanceVersion: version,
            now: new Date().toISOString(),
            idempotencyKey: `parallel-${lead.id}`,
          }),
        ),
      );
    }

    const rows: { email: string; leads: string }[] = await database.dataSource.query(
      `SELECT u.email, count(*) AS leads FROM leads l JOIN users u ON u.id = l.owner_id WHERE l.email LIKE 'parallel%' GROUP BY u.email ORDER BY u.email`,
    );
    const counts = rows.map((row) => Number(row.leads));
    expect(rows.map((row) => row.email)).toEqual(['diego@accord.example', 'emma@accord.example', 'farid@accord.example']);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
    for (const count of counts) {
      expect([333, 334]).toContain(count);
    }
    const tickets: { rotation: string }[] = await database.dataSource.query(
      `SELECT rotation FROM routing_pools WHERE key = 'americas-reps'`,
    );
    expect(Number(tickets[0]?.rotation)).toBe(1000);
    const owners = await database.dataSource.manager.count(UserEntity, { where: { role: 'REP' } });
    expect(owners).toBe(6);
  });
});
