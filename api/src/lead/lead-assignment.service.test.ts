import { AuditAction, AuditEntryEntity, LeadEntity, SlaState, TeamEntity, UserEntity, createLogger } from '@accord/db';
import { Stage } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { LeadActionError, type LeadActionResult } from '@accord/workflows';

import type { Caller } from '../auth/caller';
import { AccordErrorCode } from '../errors/accord-error';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { RecordingLifecycle, type LifecycleRequest } from '../testing/recording-lifecycle.fixture';
import { LeadAssignmentService } from './lead-assignment.service';
import { LeadQueryService } from './lead-query.service';

let database: ThrowawayDatabase;
let lifecycle: RecordingLifecycle;
let service: LeadAssignmentService;
const callers: Record<string, Caller> = {};
let emeaTeamId: string;

function callerNamed(email: string): Caller {
  const caller = callers[email];
  if (caller === undefined) {
    throw new Error(`no caller for ${email}`);
  }

  return caller;
}

beforeAll(async () => {
  database = await createThrowawayDatabase('api_lead_assignment');
  await seedDemoOrganisation(database.dataSource);
  for (const email of [
    'admin@accord.example',
    'manager.emea@accord.example',
    'manager.americas@accord.example',
    'anna@accord.example',
    'ben@accord.example',
    'chloe@accord.example',
    'diego@accord.example',
    'partner@northwind.example',
  ]) {
    callers[email] = await callerOf(database.dataSource, email);
  }
  emeaTeamId = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ key: 'emea' })).id;
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM audit_entries');
  await database.dataSource.getRepository(UserEntity).update({ email: 'chloe@accord.example' }, { active: true });
  lifecycle = new RecordingLifecycle();
  service = new LeadAssignmentService(database.dataSource, new LeadQueryService(database.dataSource), lifecycle, createLogger('test'));
});

/** An EMEA lead in SAL owned by Anna, with a running SLA clock. */
function insertAnnasLead(): Promise<LeadEntity> {
  return insertLeadRow(database.dataSource, {
    email: 'kim@example.com',
    stage: Stage.Sal,
    ownerId: callerNamed('anna@accord.example').id,
    teamId: emeaTeamId,
    slaState: SlaState.OnTrack,
    slaStage: Stage.Sal,
  });
}

/** Makes the fake lifecycle apply a reassignment the way the workflow's activity stores it. */
function applyReassignments(): void {
  lifecycle.onRequest = async (request: LifecycleRequest): Promise<LeadActionResult> => {
    if (request.kind !== 'REASSIGN') {
      throw new Error(`unexpected ${request.kind}`);
    }
    await database.dataSource.getRepository(LeadEntity).update({ id: request.leadId }, { ownerId: request.input.toUserId });

    return { leadId: request.leadId, stage: Stage.Sal, ownerId: request.input.toUserId };
  };
}

describe('LeadAssignmentService.reassign', () => {
  it.each([
    ['admin@accord.example', 'OK'],
    ['manager.emea@accord.example', 'OK'],
    ['manager.americas@accord.example', AccordErrorCode.NotFound],
    ['anna@accord.example', AccordErrorCode.Forbidden],
    ['ben@accord.example', AccordErrorCode.Forbidden],
    ['partner@northwind.example', AccordErrorCode.Forbidden],
  ])('as %s returns %s', async (email, expected) => {
    const lead = await insertAnnasLead();
    applyReassignments();
    const request = { toUserId: callerNamed('ben@accord.example').id, reason: 'Anna is on leave' };

    const outcome = await service.reassign(callerNamed(email), lead.id, request).then(
      () => 'OK',
      (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : 'UNEXPECTED'),
    );

    expect(outcome).toBe(expected);
  });

  it('sends the trimmed reason and returns the new owner', async () => {
    const lead = await insertAnnasLead();
    applyReassignments();
    const manager = callerNamed('manager.emea@accord.example');
    const ben = callerNamed('ben@accord.example');

    const reassigned = await service.reassign(manager, lead.id, { toUserId: ben.id, reason: '  Anna is on leave ' });

    expect(lifecycle.requests).toEqual([
      { kind: 'REASSIGN', leadId: lead.id, input: { actorId: manager.id, toUserId: ben.id, reason: 'Anna is on leave' } },
    ]);
    expect(reassigned.ownerId).toBe(ben.id);
  });

  it('accepts the team’s manager as the new owner', async () => {
    const lead = await insertAnnasLead();
    applyReassignments();
    const manager = callerNamed('manager.emea@accord.example');

    const reassigned = await service.reassign(callerNamed('admin@accord.example'), lead.id, {
      toUserId: manager.id,
      reason: 'Key account',
    });

    expect(reassigned.ownerId).toBe(manager.id);
  });

  it('rejects a target outside the lead’s team, naming the fix', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(
      service.reassign(callerNamed('admin@accord.example'), lead.id, {
        toUserId: callerNamed('diego@accord.example').id,
        reason: 'Spanish speaker',
      }),
    );

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual(['toUserId']);
    expect(error.problems[0]?.message).toBe(
      'user Diego Alvarez is not in team Sales EMEA; choose an active member of team Sales EMEA or its manager',
    );
    expect(lifecycle.requests).toEqual([]);
  });

  it('rejects a deactivated target', async () => {
    const lead = await insertAnnasLead();
    await database.dataSource.getRepository(UserEntity).update({ email: 'chloe@accord.example' }, { active: false });

    const error = await accordErrorOf(
      service.reassign(callerNamed('manager.emea@accord.example'), lead.id, {
        toUserId: callerNamed('chloe@accord.example').id,
        reason: 'Cover',
      }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(['toUserId']);
    expect(error.problems[0]?.message).toContain('deactivated');
  });

  it.each([
    ['an id that is not a UUID', 'someone'],
    ['an unknown user id', '00000000-0000-4000-8000-000000000000'],
  ])('rejects %s as the target', async (_case, toUserId) => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.reassign(callerNamed('admin@accord.example'), lead.id, { toUserId, reason: 'Cover' }));

    expect(error.problems.map((problem) => problem.field)).toEqual(['toUserId']);
  });

  it.each([
    ['an empty reason', '   '],
    ['a reason over 500 characters', 'x'.repeat(501)],
  ])('rejects %s', async (_case, reason) => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(
      service.reassign(callerNamed('admin@accord.example'), lead.id, { toUserId: callerNamed('ben@accord.example').id, reason }),
    );

    expect(error.problems.map((problem) => problem.field)).toEqual(['reason']);
  });

  it('lets an admin give a lead without a team to any active rep', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'unrouted@example.com', stage: Stage.Mql });
    applyReassignments();
    const diego = callerNamed('diego@accord.example');

    const reassigned = await service.reassign(callerNamed('admin@accord.example'), lead.id, { toUserId: diego.id, reason: 'No pool' });

    expect(reassigned.ownerId).toBe(diego.id);
  });

  it('passes the lifecycle’s rejection through', async () => {
    const lead = await insertAnnasLead();
    const problems = [
      { field: 'id', value: lead.id, message: 'lead is in stage OPPORTUNITY; only leads in MQL, SAL or SQL can be reassigned' },
    ];
    lifecycle.onRequest = async () => {
      throw new LeadActionError('CONFLICT', problems[0]?.message ?? '', problems);
    };

    const error = await accordErrorOf(
      service.reassign(callerNamed('admin@accord.example'), lead.id, { toUserId: callerNamed('ben@accord.example').id, reason: 'Cover' }),
    );

    expect(error.code).toBe(AccordErrorCode.Conflict);
    expect(error.problems).toEqual(problems);
    expect(await database.dataSource.getRepository(AuditEntryEntity).count()).toBe(0);
  });

  it('audits the reassignment', async () => {
    const lead = await insertAnnasLead();
    applyReassignments();
    const manager = callerNamed('manager.emea@accord.example');
    const ben = callerNamed('ben@accord.example');

    await service.reassign(manager, lead.id, { toUserId: ben.id, reason: 'Anna is on leave' });

    const entries = await database.dataSource.getRepository(AuditEntryEntity).find();
    expect(entries.map((entry) => entry.action)).toEqual([AuditAction.LeadReassigned]);
    expect(entries[0]?.actorId).toBe(manager.id);
    expect(entries[0]?.before).toEqual({ ownerId: callerNamed('anna@accord.example').id });
    expect(entries[0]?.after).toEqual({ ownerId: ben.id, reason: 'Anna is on leave' });
  });
});

describe('LeadAssignmentService SLA pause', () => {
  it('passes a rejected pause reason through with the workflow’s problems', async () => {
    const lead = await insertAnnasLead();
    const problems = [
      { field: 'reason', value: 'lunch', message: 'reason "lunch" cannot pause this SLA clock; choose one of: waiting on the buyer' },
    ];
    lifecycle.onRequest = async () => {
      throw new LeadActionError('BAD_USER_INPUT', problems[0]?.message ?? '', problems);
    };

    const error = await accordErrorOf(service.pauseSla(callerNamed('anna@accord.example'), lead.id, 'lunch'));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems).toEqual(problems);
  });

  it('returns SERVICE_UNAVAILABLE when the lifecycle does not respond', async () => {
    const lead = await insertAnnasLead();
    lifecycle.onRequest = async () => {
      throw new LeadActionError('UNAVAILABLE', 'the lead’s lifecycle did not respond within 20 s');
    };

    const error = await accordErrorOf(service.pauseSla(callerNamed('anna@accord.example'), lead.id, 'waiting on the buyer'));

    expect(error.code).toBe(AccordErrorCode.ServiceUnavailable);
  });

  it('pauses and resumes with audit entries', async () => {
    const lead = await insertAnnasLead();
    const anna = callerNamed('anna@accord.example');
    lifecycle.onRequest = async (request) => {
      const slaState = request.kind === 'PAUSE_SLA' ? SlaState.Paused : SlaState.OnTrack;
      await database.dataSource.getRepository(LeadEntity).update({ id: request.leadId }, { slaState });

      return { leadId: request.leadId, stage: Stage.Sal, ownerId: anna.id };
    };

    const paused = await service.pauseSla(anna, lead.id, ' waiting on the buyer ');
    const resumed = await service.resumeSla(anna, lead.id);

    expect(paused.slaState).toBe(SlaState.Paused);
    expect(resumed.slaState).toBe(SlaState.OnTrack);
    expect(lifecycle.requests.map((request) => request.kind)).toEqual(['PAUSE_SLA', 'RESUME_SLA']);
    expect(lifecycle.requests[0]?.input).toEqual({ actorId: anna.id, reason: 'waiting on the buyer' });
    const entries = await database.dataSource.getRepository(AuditEntryEntity).find({ order: { occurredAt: 'ASC' } });
    expect(entries.map((entry) => entry.action)).toEqual([AuditAction.SlaPaused, AuditAction.SlaResumed]);
  });

  it.each([
    ['pauseSla', (caller: Caller, leadId: string) => service.pauseSla(caller, leadId, 'waiting on the buyer')],
    ['resumeSla', (caller: Caller, leadId: string) => service.resumeSla(caller, leadId)],
  ])('%s forbids partners', async (_name, send) => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(send(callerNamed('partner@northwind.example'), lead.id));

    expect(error.code).toBe(AccordErrorCode.Forbidden);
  });

  it('hides another rep’s lead as not found', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.pauseSla(callerNamed('ben@accord.example'), lead.id, 'waiting on the buyer'));

    expect(error.code).toBe(AccordErrorCode.NotFound);
    expect(lifecycle.requests).toEqual([]);
  });
});

describe('LeadAssignmentService.reviewPipeline', () => {
  /** An EMEA opportunity owned by Anna, with a running weekly review clock. */
  function insertAnnasOpportunity(): Promise<LeadEntity> {
    return insertLeadRow(database.dataSource, {
      email: 'opportunity@example.com',
      stage: Stage.Opportunity,
      ownerId: callerNamed('anna@accord.example').id,
      teamId: emeaTeamId,
      slaState: SlaState.OnTrack,
      slaStage: Stage.Opportunity,
    });
  }

  const nextReviewDueAt = new Date('2030-01-14T09:00:00.000Z');

  /** Makes the fake lifecycle start the next review clock the way the workflow's activity stores it. */
  function applyReviews(): void {
    lifecycle.onRequest = async (request: LifecycleRequest): Promise<LeadActionResult> => {
      await database.dataSource.getRepository(LeadEntity).update({ id: request.leadId }, { slaDueAt: nextReviewDueAt });

      return { leadId: request.leadId, stage: Stage.Opportunity, ownerId: callerNamed('anna@accord.example').id };
    };
  }

  it.each([
    ['anna@accord.example', 'OK'],
    ['manager.emea@accord.example', 'OK'],
    ['admin@accord.example', 'OK'],
    ['ben@accord.example', AccordErrorCode.NotFound],
    ['manager.americas@accord.example', AccordErrorCode.NotFound],
    ['partner@northwind.example', AccordErrorCode.Forbidden],
  ])('as %s returns %s', async (email, expected) => {
    const lead = await insertAnnasOpportunity();
    applyReviews();

    const outcome = await service.reviewPipeline(callerNamed(email), lead.id, {}).then(
      () => 'OK',
      (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : 'UNEXPECTED'),
    );

    expect(outcome).toBe(expected);
  });

  it('sends the trimmed note and returns the next deadline', async () => {
    const lead = await insertAnnasOpportunity();
    applyReviews();
    const anna = callerNamed('anna@accord.example');

    const reviewed = await service.reviewPipeline(anna, lead.id, { note: '  Budget confirmed ' });

    expect(lifecycle.requests).toEqual([
      { kind: 'REVIEW_PIPELINE', leadId: lead.id, input: { actorId: anna.id, note: 'Budget confirmed' } },
    ]);
    expect(reviewed.slaDueAt).toEqual(nextReviewDueAt);
  });

  it('sends a blank note as null', async () => {
    const lead = await insertAnnasOpportunity();
    applyReviews();
    const anna = callerNamed('anna@accord.example');

    await service.reviewPipeline(anna, lead.id, { note: '   ' });

    expect(lifecycle.requests[0]?.input).toEqual({ actorId: anna.id, note: null });
  });

  it.each([
    ['a note over 2,000 characters', 'x'.repeat(2_001)],
    ['a note with a NUL character', 'before\u0000after'],
  ])('rejects %s', async (_case, note) => {
    const lead = await insertAnnasOpportunity();

    const error = await accordErrorOf(service.reviewPipeline(callerNamed('anna@accord.example'), lead.id, { note }));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual(['note']);
    expect(lifecycle.requests).toEqual([]);
  });

  it('passes the lifecycle’s rejection through', async () => {
    const lead = await insertAnnasLead();
    const problems = [{ field: 'id', value: lead.id, message: 'lead is in stage SAL; only an OPPORTUNITY has pipeline reviews' }];
    lifecycle.onRequest = async () => {
      throw new LeadActionError('CONFLICT', problems[0]?.message ?? '', problems);
    };

    const error = await accordErrorOf(service.reviewPipeline(callerNamed('anna@accord.example'), lead.id, {}));

    expect(error.code).toBe(AccordErrorCode.Conflict);
    expect(error.problems).toEqual(problems);
  });

  it('writes no audit entry', async () => {
    const lead = await insertAnnasOpportunity();
    applyReviews();

    await service.reviewPipeline(callerNamed('anna@accord.example'), lead.id, { note: 'Next step booked' });

    expect(await database.dataSource.getRepository(AuditEntryEntity).count()).toBe(0);
  });
});
