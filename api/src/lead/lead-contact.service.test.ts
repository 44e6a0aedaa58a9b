import { ContactAttemptEntity, ContactChannel, ContactOutcome, LeadEntity, LeadNoteEntity, TeamEntity, createLogger } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { AccordErrorCode } from '../errors/accord-error';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { LeadContactService } from './lead-contact.service';
import { LeadQueryService } from './lead-query.service';

const ARRIVED_AT = new Date('2026-03-02T08:00:00Z');
const ASSIGNED_AT = new Date('2026-03-02T09:00:00Z');

let database: ThrowawayDatabase;
let service: LeadContactService;
let now: Date;
let anna: Caller;
let ben: Caller;
let partner: Caller;
let emeaTeamId: string;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_lead_contact');
  await seedDemoOrganisation(database.dataSource);
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  partner = await callerOf(database.dataSource, 'partner@northwind.example');
  emeaTeamId = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ key: 'emea' })).id;
  service = new LeadContactService(database.dataSource, new LeadQueryService(database.dataSource), createLogger('test'), () => now);
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  now = new Date('2026-03-02T09:30:00Z');
});

function insertAnnasLead(): Promise<LeadEntity> {
  return insertLeadRow(database.dataSource, {
    email: 'kim@example.com',
    ownerId: anna.id,
    teamId: emeaTeamId,
    arrivedAt: ARRIVED_AT,
    assignedAt: ASSIGNED_AT,
  });
}

const phoneCall = { channel: ContactChannel.Phone, outcome: ContactOutcome.NoAnswer };

describe('LeadContactService.logContactAttempt', () => {
  it('stores the attempt with its actor', async () => {
    const lead = await insertAnnasLead();

    await service.logContactAttempt(anna, lead.id, { ...phoneCall, note: '  Rang twice ' });

    const [attempt] = await database.dataSource.getRepository(ContactAttemptEntity).findBy({ leadId: lead.id });
    expect(attempt?.actorId).toBe(anna.id);
    expect(attempt?.channel).toBe(ContactChannel.Phone);
    expect(attempt?.outcome).toBe(ContactOutcome.NoAnswer);
    expect(attempt?.note).toBe('Rang twice');
    expect(attempt?.occurredAt).toEqual(now);
  });

  it('sets the first touch and response times', async () => {
    const lead = await insertAnnasLead();

    const touched = await service.logContactAttempt(anna, lead.id, phoneCall);

    expect(touched.firstTouchAt).toEqual(now);
    expect(touched.speedToLeadSeconds).toBe(90 * 60);
    expect(touched.responseSeconds).toBe(30 * 60);
    // 08:00 to 09:30 UTC is 09:00 to 10:30 in Berlin, all inside the EMEA team's working hours.
    expect(touched.speedToLeadBusinessSeconds).toBe(90 * 60);
    expect(touched.responseBusinessSeconds).toBe(30 * 60);
  });

  it('sets the first touch only once', async () => {
    const lead = await insertAnnasLead();
    await service.logContactAttempt(anna, lead.id, phoneCall);
    const firstTouch = now;

    now = new Date('2026-03-02T11:00:00Z');
    const touched = await service.logContactAttempt(anna, lead.id, { ...phoneCall, outcome: ContactOutcome.Reached });

    expect(touched.firstTouchAt).toEqual(firstTouch);
    expect(touched.speedToLeadSeconds).toBe(90 * 60);
    expect(await database.dataSource.getRepository(ContactAttemptEntity).countBy({ leadId: lead.id })).toBe(2);
  });

  it('keeps a first touch a stage action set', async () => {
    const touchedAt = new Date('2026-03-02T09:10:00Z');
    const lead = await insertLeadRow(database.dataSource, {
      email: 'kim@example.com',
      ownerId: anna.id,
      teamId: emeaTeamId,
      arrivedAt: ARRIVED_AT,
      firstTouchAt: touchedAt,
      speedToLeadSeconds: 70 * 60,
    });

    const touched = await service.logContactAttempt(anna, lead.id, phoneCall);

    expect(touched.firstTouchAt).toEqual(touchedAt);
    expect(touched.speedToLeadSeconds).toBe(70 * 60);
  });

  it('rejects an over-long note', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.logContactAttempt(anna, lead.id, { ...phoneCall, note: 'x'.repeat(2001) }));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual(['note']);
    expect(await database.dataSource.getRepository(ContactAttemptEntity).countBy({ leadId: lead.id })).toBe(0);
  });

  it('hides another rep’s lead as not found', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.logContactAttempt(ben, lead.id, phoneCall));

    expect(error.code).toBe(AccordErrorCode.NotFound);
  });

  it('forbids partners', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.logContactAttempt(partner, lead.id, phoneCall));

    expect(error.code).toBe(AccordErrorCode.Forbidden);
  });
});

describe('LeadContactService.addNote', () => {
  it('stores the trimmed body with its actor', async () => {
    const lead = await insertAnnasLead();

    await service.addNote(anna, lead.id, '  Budget approved in Q3.\nCall back in May. ');

    const [note] = await database.dataSource.getRepository(LeadNoteEntity).findBy({ leadId: lead.id });
    expect(note?.body).toBe('Budget approved in Q3.\nCall back in May.');
    expect(note?.actorId).toBe(anna.id);
  });

  it('accepts a body of 2,000 characters', async () => {
    const lead = await insertAnnasLead();

    await service.addNote(anna, lead.id, '€'.repeat(2000));

    expect(await database.dataSource.getRepository(LeadNoteEntity).countBy({ leadId: lead.id })).toBe(1);
  });

  it.each([
    ['an empty body', '   '],
    ['a body of 2,001 characters', 'x'.repeat(2001)],
    ['a control character', 'call\u0000back'],
  ])('rejects %s', async (_case, body) => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.addNote(anna, lead.id, body));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual(['body']);
    expect(error.problems[0]?.message).toMatch(/^body /);
  });

  it('forbids partners', async () => {
    const lead = await insertAnnasLead();

    const error = await accordErrorOf(service.addNote(partner, lead.id, 'Hello'));

    expect(error.code).toBe(AccordErrorCode.Forbidden);
  });
});

describe('LeadContactService lists', () => {
  it('returns attempts and notes per lead, oldest first', async () => {
    const lead = await insertAnnasLead();
    await service.addNote(anna, lead.id, 'first');
    await service.logContactAttempt(anna, lead.id, phoneCall);
    now = new Date('2026-03-02T10:00:00Z');
    await service.addNote(anna, lead.id, 'second');
    await service.logContactAttempt(anna, lead.id, { ...phoneCall, outcome: ContactOutcome.Reached });

    const notes = await service.listNotes([lead.id]);
    const attempts = await service.listContactAttempts([lead.id]);

    expect(notes.get(lead.id)?.map((note) => note.body)).toEqual(['first', 'second']);
    expect(attempts.get(lead.id)?.map((attempt) => attempt.outcome)).toEqual([ContactOutcome.NoAnswer, ContactOutcome.Reached]);
  });
});
