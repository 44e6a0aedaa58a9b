import { AuditAction, AuditEntryEntity, LeadEntity, TeamEntity, createLogger } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { AccordErrorCode } from '../errors/accord-error';
import { GovernanceService } from '../governance/governance.service';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import type { LeadUpdate } from './lead-update.input';
import { LeadQueryService } from './lead-query.service';
import { LeadUpdateService } from './lead-update.service';

let database: ThrowawayDatabase;
let lifecycle: RecordingLifecycle;
let service: LeadUpdateService;
let admin: Caller;
let anna: Caller;
let ben: Caller;
let emeaManager: Caller;
let partner: Caller;
let emeaTeamId: string;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_lead_update');
  await seedDemoOrganisation(database.dataSource);
  admin = await callerOf(database.dataSource, 'admin@accord.example');
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  emeaManager = await callerOf(database.dataSource, 'manager.emea@accord.example');
  partner = await callerOf(database.dataSource, 'partner@northwind.example');
  emeaTeamId = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ key: 'emea' })).id;
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM audit_entries');
  lifecycle = new RecordingLifecycle();
  const governance = new GovernanceService(database.dataSource);
  service = new LeadUpdateService(
    database.dataSource,
    new LeadQueryService(database.dataSource),
    governance,
    lifecycle,
    createLogger('test'),
    () => new Date('2026-03-02T10:00:00Z'),
  );
});

/** An open lead owned by Anna in team EMEA, without title, industry or country. */
function insertAnnasLead(): Promise<LeadEntity> {
  return insertLeadRow(database.dataSource, {
    email: 'kim@example.com',
    firstName: 'Kim',
    company: 'Kim Logistics',
    ownerId: anna.id,
    teamId: emeaTeamId,
  });
}

function readLead(id: string): Promise<LeadEntity> {
  return database.dataSource.getRepository(LeadEntity).findOneByOrFail({ id });
}

describe('LeadUpdateService.updateLead', () => {
  it.each<[string, LeadUpdate, string]>([
    ['a negative employee count', { employeeCount: -5 }, 'employeeCount'],
    ['an employee count beyond the column', { employeeCount: 3_000_000_000 }, 'employeeCount'],
    ['a fractional revenue', { annualRevenueUsd: 12.5 }, 'annualRevenueUsd'],
    ['a consent country without consent', { country: 'DE' }, 'consent'],
    ['an over-long title', { title: 'x'.repeat(201) }, 'title'],
    ['a control character in a name', { firstName: 'Ki\u0007m' }, 'firstName'],
  ])('rejects %s, naming the field', async (_case, update, field) => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.updateLead(anna, lead.id, update));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual([field]);
    expect(lifecycle.dataChangedSignals).toEqual([]);
  });

  it('leaves a rejected lead unchanged', async () => {
    const lead = await insertAnnasLead();

    await accordErrorOf(service.updateLead(anna, lead.id, { title: 'CTO', employeeCount: -1 }));

    expect((await readLead(lead.id)).title).toBeNull();
    expect(await database.dataSource.getRepository(AuditEntryEntity).count()).toBe(0);
  });

  it('stores the changed fields and a new fit score', async () => {
    const lead = await insertAnnasLead();

    const updated = await service.updateLead(anna, lead.id, {
      title: '  VP Operations ',
      industry: 'Manufacturing',
      employeeCount: 1500,
      annualRevenueUsd: 250_000_000,
      country: 'US',
    });

    expect(updated.title).toBe('VP Operations');
    expect(updated.industry).toBe('Manufacturing');
    expect(updated.employeeCount).toBe(1500);
    expect(updated.annualRevenueUsd).toBe('250000000');
    expect(updated.fitScore).toBeGreaterThan(lead.fitScore);
    expect(updated.scoreBreakdown.length).toBeGreaterThan(0);
  });

  it('clears a field set to null', async () => {
    const lead = await insertAnnasLead();

    const updated = await service.updateLead(anna, lead.id, { company: null });

    expect(updated.company).toBeNull();
  });

  it('audits only the changed fields', async () => {
    const lead = await insertAnnasLead();

    await service.updateLead(anna, lead.id, { firstName: 'Kim', title: 'CTO' });

    const [entry, ...others] = await database.dataSource.getRepository(AuditEntryEntity).find();
    expect(others).toEqual([]);
    expect(entry?.action).toBe(AuditAction.LeadUpdated);
    expect(entry?.actorId).toBe(anna.id);
    expect(entry?.targetType).toBe('LEAD');
    expect(entry?.targetId).toBe(lead.id);
    expect(entry?.before).toEqual({ title: null });
    expect(entry?.after).toEqual({ title: 'CTO' });
  });

  it('signals the lifecycle once after storing', async () => {
    const lead = await insertAnnasLead();
    let titleAtSignal: string | null = null;
    lifecycle.onDataChangedSignal = async (leadId) => {
      titleAtSignal = (await readLead(leadId)).title;

      return 'SIGNALLED';
    };

    await service.updateLead(anna, lead.id, { title: 'CTO' });

    expect(lifecycle.dataChangedSignals).toEqual([lead.id]);
    expect(titleAtSignal).toBe('CTO');
  });

  it('signals again when nothing changed', async () => {
    const lead = await insertAnnasLead();

    await service.updateLead(anna, lead.id, { firstName: 'Kim' });

    expect(lifecycle.dataChangedSignals).toEqual([lead.id]);
    expect(await database.dataSource.getRepository(AuditEntryEntity).count()).toBe(0);
  });

  it('keeps the change when the signal fails', async () => {
    const lead = await insertAnnasLead();
    lifecycle.onDataChangedSignal = async () => {
      throw new Error('Temporal is unreachable');
    };

    const error = await accordErrorOf(service.updateLead(anna, lead.id, { title: 'CTO' }));

    expect(error.code).toBe(AccordErrorCode.ServiceUnavailable);
    expect((await readLead(lead.id)).title).toBe('CTO');
  });

  it('lets the team manager and an admin edit', async () => {
    const lead = await insertAnnasLead();

    const byManager = await service.updateLead(emeaManager, lead.id, { title: 'CTO' });
    const byAdmin = await service.updateLead(admin, lead.id, { title: 'CEO' });

    expect(byManager.title).toBe('CTO');
    expect(byAdmin.title).toBe('CEO');
  });

  it('hides another rep’s lead as not found', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.updateLead(ben, lead.id, { title: 'CTO' }));

    expect(error.code).toBe(AccordErrorCode.NotFound);
  });

  it('forbids partners', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.updateLead(partner, lead.id, { title: 'CTO' }));

    expect(error.code).toBe(AccordErrorCode.Forbidden);
  });
});
