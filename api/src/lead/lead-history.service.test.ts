import { ActorKind, SlaEventEntity, SlaEventKind, StageTransitionEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { LeadHistoryService } from './lead-history.service';

const INSTANT = new Date('2026-03-02T09:00:00Z');
/** Rows in one instant. Random ids put eight rows in insertion order by chance once in 40,320 runs. */
const ROWS_PER_INSTANT = 8;

let database: ThrowawayDatabase;
let service: LeadHistoryService;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_lead_history');
  await seedDemoOrganisation(database.dataSource);
  service = new LeadHistoryService(database.dataSource);
});

afterAll(async () => {
  await database.drop();
});

describe('LeadHistoryService', () => {
  it('lists SLA events of one instant in insertion order', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'events@example.com' });
    const details: string[] = [];
    for (let index = 0; index < ROWS_PER_INSTANT; index++) {
      details.push(`event ${index}`);
      await database.dataSource.getRepository(SlaEventEntity).insert({
        leadId: lead.id,
        stage: Stage.Sal,
        kind: index % 2 === 0 ? SlaEventKind.Reassigned : SlaEventKind.Armed,
        ownerId: null,
        dueAt: null,
        occurredAt: INSTANT,
        detail: `event ${index}`,
        idempotencyKey: `events-${lead.id}-${index}`,
      });
    }

    const events = await service.listSlaEvents([lead.id]);

    expect(events.get(lead.id)?.map((event) => event.detail)).toEqual(details);
  });

  it('lists transitions of one instant in insertion order', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'transitions@example.com' });
    const notes: string[] = [];
    for (let index = 0; index < ROWS_PER_INSTANT; index++) {
      notes.push(`transition ${index}`);
      await database.dataSource.getRepository(StageTransitionEntity).insert({
        leadId: lead.id,
        fromStage: index === 0 ? null : Stage.Lead,
        toStage: Stage.Lead,
        actorKind: ActorKind.System,
        actorId: null,
        reasonCode: null,
        note: `transition ${index}`,
        governanceVersion: 1,
        occurredAt: INSTANT,
        idempotencyKey: `transitions-${lead.id}-${index}`,
      });
    }

    const transitions = await service.listTransitions([lead.id]);

    expect(transitions.get(lead.id)?.map((transition) => transition.note)).toEqual(notes);
  });

  it('lists earlier rows first whatever their insertion order', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'times@example.com' });
    for (const [index, occurredAt] of ['2026-03-02T10:00:00Z', '2026-03-02T09:00:00Z'].entries()) {
      await database.dataSource.getRepository(SlaEventEntity).insert({
        leadId: lead.id,
        stage: Stage.Sal,
        kind: SlaEventKind.Warning,
        ownerId: null,
        dueAt: null,
        occurredAt: new Date(occurredAt),
        detail: occurredAt,
        idempotencyKey: `times-${lead.id}-${index}`,
      });
    }

    const events = await service.listSlaEvents([lead.id]);

    expect(events.get(lead.id)?.map((event) => event.detail)).toEqual(['2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z']);
  });
});
