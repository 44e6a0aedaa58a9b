import { ActorKind, LeadEntity, StageTransitionEntity, SubmissionChannel, SubmissionRejectionEntity, createLogger } from '@accord/db';
import { Stage, type LeadInput } from '@accord/governance';

import type { Caller } from '../auth/caller';
import { GovernanceService } from '../governance/governance.service';
import { callerOf, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { LeadIntakeService, type LeadSubmission } from './lead-intake.service';

let database: ThrowawayDatabase;
let lifecycle: RecordingLifecycle;
let intake: LeadIntakeService;
let admin: Caller;

function leadInput(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    title: null,
    phone: null,
    company: 'Analytical Engines',
    companyDomain: null,
    industry: null,
    employeeCount: null,
    annualRevenueUsd: null,
    country: null,
    region: null,
    city: null,
    source: 'Web',
    motion: null,
    useCase: null,
    consent: null,
    behaviourScore: null,
    sourceStatus: null,
    arrivedAt: null,
    stage: null,
    reasonCode: null,
    note: null,
    ...overrides,
  };
}

function submission(input: LeadInput, overrides: Partial<LeadSubmission> = {}): LeadSubmission {
  return { input, channel: SubmissionChannel.Api, actor: admin, payload: { ...input }, ...overrides };
}

beforeAll(async () => {
  database = await createThrowawayDatabase('api');
  await seedDemoOrganisation(database.dataSource);
  admin = await callerOf(database.dataSource, 'admin@accord.example');
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM submission_rejections');
  lifecycle = new RecordingLifecycle();
  intake = new LeadIntakeService(database.dataSource, new GovernanceService(database.dataSource), lifecycle, createLogger('test'));
});

describe('LeadIntakeService.submit', () => {
  it('starts the lifecycle after the lead is committed', async () => {
    let committedRows = -1;
    lifecycle.onStart = async (leadId) => {
      const rows: { count: string }[] = await database.dataSource.query('SELECT count(*) FROM leads WHERE id = $1', [leadId]);
      committedRows = Number(rows[0]?.count);
    };

    const outcome = await intake.submit(submission(leadInput()));

    expect(outcome.kind).toBe('CREATED');
    expect(committedRows).toBe(1);
  });

  it('deletes the lead when the lifecycle cannot start', async () => {
    const failure = new Error('Temporal is unreachable');
    lifecycle.onStart = async () => {
      throw failure;
    };

    await expect(intake.submit(submission(leadInput()))).rejects.toBe(failure);
    expect(await database.dataSource.getRepository(LeadEntity).count()).toBe(0);
    expect(await database.dataSource.getRepository(StageTransitionEntity).count()).toBe(0);
  });

  it('stores the first transition and the fit breakdown', async () => {
    const outcome = await intake.submit(submission(leadInput({ email: 'Ada@Example.com' })));
    if (outcome.kind !== 'CREATED') {
      throw new Error(`expected CREATED, got ${outcome.kind}`);
    }

    const transitions = await database.dataSource.getRepository(StageTransitionEntity).findBy({ leadId: outcome.lead.id });
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({
      fromStage: null,
      toStage: Stage.Lead,
      actorKind: ActorKind.User,
      actorId: admin.id,
      governanceVersion: 1,
      idempotencyKey: `lead-${outcome.lead.id}:created`,
    });
    expect(outcome.lead.email).toBe('Ada@Example.com');
    expect(outcome.lead.emailNormalized).toBe('ada@example.com');
    expect(Array.isArray(outcome.lead.scoreBreakdown)).toBe(true);
    expect(outcome.lead.submittedBy).toBe(admin.id);
  });

  it('lets one of several parallel submissions of an address through', async () => {
    const emails = ['race@example.com', 'RACE@example.com', ' race@example.com', 'Race@Example.com', 'race@EXAMPLE.com'];

    const outcomes = await Promise.all(emails.map((email) => intake.submit(submission(leadInput({ email: email.trim() })))));

    expect(outcomes.filter((outcome) => outcome.kind === 'CREATED')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'DUPLICATE')).toHaveLength(4);
    expect(await database.dataSource.getRepository(LeadEntity).count()).toBe(1);
    expect(await database.dataSource.getRepository(SubmissionRejectionEntity).countBy({ outcome: 'DUPLICATE' })).toBe(4);
  });

  it('stores an imported closed lead without a lifecycle', async () => {
    const input = leadInput({ stage: Stage.Rejected, reasonCode: 'NO_FIT', note: 'Wrong industry' });

    const outcome = await intake.submit(submission(input, { channel: SubmissionChannel.Import, actor: null }));
    if (outcome.kind !== 'CREATED') {
      throw new Error(`expected CREATED, got ${outcome.kind}`);
    }

    expect(outcome.lead.stage).toBe(Stage.Rejected);
    expect(outcome.lead.reasonCode).toBe('NO_FIT');
    expect(outcome.lead.closedAt).not.toBeNull();
    expect(lifecycle.started).toEqual([]);
    const transitions = await database.dataSource
      .getRepository(StageTransitionEntity)
      .find({ where: { leadId: outcome.lead.id }, order: { fromStage: { direction: 'ASC', nulls: 'FIRST' } } });
    expect(transitions.map((transition) => [transition.fromStage, transition.toStage, transition.reasonCode, transition.actorKind])).toEqual([
      [null, Stage.Lead, null, ActorKind.Import],
      [Stage.Lead, Stage.Rejected, 'NO_FIT', ActorKind.Import],
    ]);
  });

  it('rejects a closed import row without a reason code', async () => {
    const outcome = await intake.submit(submission(leadInput({ stage: Stage.Disqualified }), { channel: SubmissionChannel.Import }));

    expect(outcome.kind).toBe('INVALID');
    expect(outcome.kind === 'INVALID' && outcome.problems.map((problem) => problem.field)).toEqual(['reasonCode']);
  });

  it('rejects an arrival time days after now', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const clocked = new LeadIntakeService(database.dataSource, new GovernanceService(database.dataSource), lifecycle, createLogger('test'), () => now);

    const outcome = await clocked.submit(submission(leadInput({ arrivedAt: '2026-03-05T09:00:00Z' })));

    expect(outcome).toEqual({ kind: 'INVALID', problems: [expect.objectContaining({ field: 'arrivedAt' })] });
  });

  it('rejects a row with parse problems even when its input is valid', async () => {
    const parseProblems = [{ field: 'employeeCount', value: 'many', message: 'Employees "many" is not a whole number' }];

    const outcome = await intake.submit(submission(leadInput(), { channel: SubmissionChannel.Import, rowNumber: 7, parseProblems }));

    expect(outcome).toEqual({ kind: 'INVALID', problems: parseProblems });
    const rejection = await database.dataSource.getRepository(SubmissionRejectionEntity).findOneByOrFail({ rowNumber: 7 });
    expect(rejection.channel).toBe(SubmissionChannel.Import);
  });
});
