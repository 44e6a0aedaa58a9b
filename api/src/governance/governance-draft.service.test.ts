import { AuditAction, AuditEntryEntity, GovernanceStatus, GovernanceVersionEntity, loadConfig } from '@accord/db';
import { Stage, validateGovernanceModel, type GovernanceModel } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { createApiServices } from '../context/create-api-services';
import type { ApiServices } from '../context/request-context';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf, defaultSlaOf, editModel, insertTransitionRow, itemAt } from '../testing/governance.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

let database: ThrowawayDatabase;
let services: ApiServices;
let admin: Caller;
let publishedModel: GovernanceModel;

beforeAll(async () => {
  database = await createThrowawayDatabase('governance_drafts');
  await seedDemoOrganisation(database.dataSource);
  services = createApiServices({
    config: loadConfig({ NODE_ENV: 'test' }),
    dataSource: database.dataSource,
    lifecycle: new RecordingLifecycle(),
  });
  admin = await callerOf(database.dataSource, 'admin@accord.example');
  publishedModel = (await services.governance.getPublished()).model;
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('UPDATE users SET active = true');
});

/** Creates a draft and saves `model` into it; returns the version number. */
async function draftOf(model: GovernanceModel): Promise<number> {
  const draft = await services.governanceDrafts.create(admin);
  await services.governanceDrafts.update(admin, draft.version, model);

  return draft.version;
}

async function statusOf(version: number): Promise<GovernanceStatus | undefined> {
  const row = await database.dataSource.getRepository(GovernanceVersionEntity).findOneBy({ version });

  return row?.status;
}

async function auditOf(version: number): Promise<AuditEntryEntity[]> {
  return database.dataSource
    .getRepository(AuditEntryEntity)
    .find({ where: { targetType: 'GOVERNANCE_VERSION', targetId: String(version) }, order: { occurredAt: 'ASC', id: 'ASC' } });
}

describe('GovernanceDraftService.create', () => {
  it('copies the published model into a draft', async () => {
    const draft = await services.governanceDrafts.create(admin);

    expect(draft.status).toBe(GovernanceStatus.Draft);
    expect(draft.basedOn).toBe(1);
    expect(draft.createdBy).toBe(admin.id);
    expect(draft.model).toEqual(publishedModel);
  });

  it('records DRAFT_CREATED in the audit log', async () => {
    const draft = await services.governanceDrafts.create(admin);

    const [entry] = await auditOf(draft.version);

    expect(entry?.action).toBe(AuditAction.DraftCreated);
    expect(entry?.actorId).toBe(admin.id);
    expect(entry?.before).toBeNull();
    expect(entry?.after).toEqual({ status: 'DRAFT', basedOn: 1 });
  });
});

describe('GovernanceDraftService.update', () => {
  it('stores a model that has problems', async () => {
    const model = editModel(publishedModel, (draft) => {
      draft.motions[0] = { ...itemAt(draft.motions, 0), fitThreshold: 150 };
    });

    const version = await draftOf(model);

    const stored = await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version });
    expect(stored.model.motions[0]?.fitThreshold).toBe(150);
    expect(stored.status).toBe(GovernanceStatus.Draft);
  });

  it('records the changed paths before and after', async () => {
    const draft = await services.governanceDrafts.create(admin);
    const model = editModel(publishedModel, (edited) => {
      edited.motions[0] = { ...itemAt(edited.motions, 0), fitThreshold: 70 };
    });

    await services.governanceDrafts.update(admin, draft.version, model);

    const entries = await auditOf(draft.version);
    const updated = entries.find((entry) => entry.action === AuditAction.DraftUpdated);
    expect(updated?.summary).toBe(`Saved governance draft ${draft.version} with 1 change.`);
    expect(updated?.before).toEqual({ 'motions[0].fitThreshold': '60' });
    expect(updated?.after).toEqual({ 'motions[0].fitThreshold': '70' });
  });

  it('rejects an unknown top-level key by its path', async () => {
    const draft = await services.governanceDrafts.create(admin);

    const error = await accordErrorOf(services.governanceDrafts.update(admin, draft.version, { ...publishedModel, stagez: [] }));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual(['stagez']);
  });

  it('rejects a value of the wrong type by its path', async () => {
    const draft = await services.governanceDrafts.create(admin);
    const model = { ...publishedModel, motions: [{ ...publishedModel.motions[0], fitThreshold: 'sixty' }] };

    const error = await accordErrorOf(services.governanceDrafts.update(admin, draft.version, model));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual(['motions[0].fitThreshold']);
  });

  it('rejects a version that is not a draft', async () => {
    const error = await accordErrorOf(services.governanceDrafts.update(admin, 1, publishedModel));

    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('PUBLISHED');
  });

  it('reports a missing version as not found', async () => {
    const error = await accordErrorOf(services.governanceDrafts.update(admin, 999, publishedModel));

    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('GovernanceDraftService.submit', () => {
  it('moves a valid draft to review', async () => {
    const draft = await services.governanceDrafts.create(admin);

    const submitted = await services.governanceDrafts.submit(admin, draft.version);

    expect(submitted.status).toBe(GovernanceStatus.InReview);
    expect((await auditOf(draft.version)).map((entry) => entry.action)).toEqual([AuditAction.DraftCreated, AuditAction.SubmittedForReview]);
  });

  it.each<[string, (model: GovernanceModel) => void, string]>([
    ['an unknown calendar key', (model) => void (defaultSlaOf(model, 2).calendarKey = 'nowhere'), 'stages[2].sla.default.calendarKey'],
    ['a warning percent of 100', (model) => void (defaultSlaOf(model, 2).warnPercent = 100), 'stages[2].sla.default.warnPercent'],
    ['a zero SLA target', (model) => void (defaultSlaOf(model, 2).targetSeconds = 0), 'stages[2].sla.default.targetSeconds'],
    [
      'an unknown escalation action',
      (model) => void Object.assign(itemAt(defaultSlaOf(model, 2).escalation, 0), { action: 'SHOUT' }),
      'stages[2].sla.default.escalation[0].action',
    ],
    ['a missing stage', (model) => void (model.stages = model.stages.filter((stage) => stage.stage !== Stage.Sql)), 'stages'],
    [
      'an unknown required field',
      (model) => void (itemAt(model.stages, 1).requiredFields = ['shoeSize' as never]),
      'stages[1].requiredFields[0]',
    ],
    [
      'an unknown field in entry criteria',
      (model) => void (itemAt(model.stages, 0).entryCriteria = { field: 'shoeSize' as never, op: 'present' }),
      'stages[0].entryCriteria',
    ],
    ['a fit threshold above 100', (model) => void (itemAt(model.motions, 0).fitThreshold = 150), 'motions[0].fitThreshold'],
    ['a missing motion', (model) => void model.motions.pop(), 'motions'],
    [
      'an invalid calendar time zone',
      (model) => void Object.assign(model.calendars['business-hours-berlin'] ?? {}, { timeZone: 'Mars/Olympus' }),
      'calendars.business-hours-berlin',
    ],
    [
      'no active reject code',
      (model) => void model.reasonCodes.forEach((reason) => (reason.active = !reason.kinds.includes('REJECT' as never))),
      'reasonCodes',
    ],
    ['a reason code without kinds', (model) => void (itemAt(model.reasonCodes, 0).kinds = []), 'reasonCodes[0].kinds'],
    ['a rule naming no pool', (model) => void (itemAt(model.routingRules, 0).poolKey = 'nowhere'), 'routingRules[0]'],
    ['a pool naming no team', (model) => void (itemAt(model.routingPools, 0).teamKey = 'nowhere'), 'routingPools[0]'],
    [
      'a fit weight on an unknown field',
      (model) => void (itemAt(model.scoring.fitWeights, 0).field = 'shoeSize' as never),
      'scoring.fitWeights[0].field',
    ],
  ])('rejects %s with every problem', async (_case, edit, path) => {
    const model = editModel(publishedModel, edit);
    const version = await draftOf(model);

    const error = await accordErrorOf(services.governanceDrafts.submit(admin, version));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.some((problem) => problem.field.startsWith(path))).toBe(true);
    expect(error.problems.map((problem) => problem.field)).toEqual(
      validateGovernanceModel(model, await services.governanceVersions.loadFacts()).map((problem) => problem.path),
    );
    expect(await statusOf(version)).toBe(GovernanceStatus.Draft);
  });

  it('rejects a pool whose members are all deactivated', async () => {
    const version = await draftOf(publishedModel);
    await database.dataSource.query('UPDATE users SET active = false WHERE id = ANY($1::uuid[])', [
      publishedModel.routingPools[0]?.memberIds,
    ]);

    const error = await accordErrorOf(services.governanceDrafts.submit(admin, version));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.some((problem) => problem.field.startsWith('routingPools[0]'))).toBe(true);
    expect(error.problems.map((problem) => problem.field)).toEqual(
      validateGovernanceModel(publishedModel, { activeUserIds: await activeUserIds(), reasonCodesInUse: [] }).map(
        (problem) => problem.path,
      ),
    );
  });

  it('rejects dropping a code that an open lead used', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'recycled@example.com', stage: Stage.Lead });
    await insertTransitionRow(database.dataSource, {
      leadId: lead.id,
      fromStage: Stage.Mql,
      toStage: Stage.Recycled,
      reasonCode: 'NO_BUDGET',
    });
    await insertTransitionRow(database.dataSource, { leadId: lead.id, fromStage: Stage.Recycled, toStage: Stage.Lead });
    const model = editModel(
      publishedModel,
      (draft) => void (draft.reasonCodes = draft.reasonCodes.filter((reason) => reason.code !== 'NO_BUDGET')),
    );
    const version = await draftOf(model);

    const error = await accordErrorOf(services.governanceDrafts.submit(admin, version));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.some((problem) => problem.field.startsWith('reasonCodes') && problem.message.includes('NO_BUDGET'))).toBe(true);
    expect(error.problems.map((problem) => problem.field)).toEqual(
      validateGovernanceModel(model, { activeUserIds: await activeUserIds(), reasonCodesInUse: ['NO_BUDGET'] }).map(
        (problem) => problem.path,
      ),
    );
  });

  it('accepts retiring a code that an open lead used', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'rejected-once@example.com', stage: Stage.Mql });
    await insertTransitionRow(database.dataSource, { leadId: lead.id, fromStage: Stage.Lead, toStage: Stage.Mql, reasonCode: 'NO_BUDGET' });
    const model = editModel(publishedModel, (draft) => {
      const reason = draft.reasonCodes.find((candidate) => candidate.code === 'NO_BUDGET');
      if (reason !== undefined) {
        reason.active = false;
      }
    });
    const version = await draftOf(model);

    const submitted = await services.governanceDrafts.submit(admin, version);

    expect(submitted.status).toBe(GovernanceStatus.InReview);
  });
});

async function activeUserIds(): Promise<string[]> {
  const rows: { id: string }[] = await database.dataSource.query('SELECT id FROM users WHERE active');

  return rows.map((row) => row.id);
}

describe('GovernanceDraftService.returnToDraft', () => {
  it('moves a version in review back to draft', async () => {
    const draft = await services.governanceDrafts.create(admin);
    await services.governanceDrafts.submit(admin, draft.version);

    const returned = await services.governanceDrafts.returnToDraft(admin, draft.version);

    expect(returned.status).toBe(GovernanceStatus.Draft);
    const entries = await auditOf(draft.version);
    expect(entries.at(-1)?.action).toBe(AuditAction.ReturnedToDraft);
    expect(entries.at(-1)?.before).toEqual({ status: 'IN_REVIEW' });
    expect(entries.at(-1)?.after).toEqual({ status: 'DRAFT' });
  });

  it('rejects a draft', async () => {
    const draft = await services.governanceDrafts.create(admin);

    expect((await accordErrorOf(services.governanceDrafts.returnToDraft(admin, draft.version))).code).toBe('CONFLICT');
  });
});

describe('GovernanceDraftService.retire', () => {
  it.each([
    ['a draft', false],
    ['a version in review', true],
  ])('discards %s', async (_case, submit) => {
    const draft = await services.governanceDrafts.create(admin);
    if (submit) {
      await services.governanceDrafts.submit(admin, draft.version);
    }

    const retired = await services.governanceDrafts.retire(admin, draft.version);

    expect(retired.status).toBe(GovernanceStatus.Retired);
    expect((await auditOf(draft.version)).at(-1)?.action).toBe(AuditAction.Retired);
  });

  it('rejects the published version', async () => {
    const error = await accordErrorOf(services.governanceDrafts.retire(admin, 1));

    expect(error.code).toBe('CONFLICT');
    expect(await statusOf(1)).toBe(GovernanceStatus.Published);
  });

  it('rejects a retired version', async () => {
    const draft = await services.governanceDrafts.create(admin);
    await services.governanceDrafts.retire(admin, draft.version);

    expect((await accordErrorOf(services.governanceDrafts.retire(admin, draft.version))).code).toBe('CONFLICT');
  });
});
