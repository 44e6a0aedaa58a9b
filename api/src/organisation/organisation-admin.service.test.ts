import { AuditAction, AuditEntryEntity, TeamEntity, UserEntity, createLogger } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { callerOf, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { OrganisationAdminService } from './organisation-admin.service';

let database: ThrowawayDatabase;
let service: OrganisationAdminService;
let admin: Caller;
let emeaManager: Caller;
let anna: Caller;
let emeaTeamId: string;

const CALENDAR = {
  timeZone: 'Europe/Lisbon',
  hours: [1, 2, 3, 4].map((day) => ({ day, start: '08:00', end: '16:00' })),
  holidays: ['2026-12-24'],
};

beforeAll(async () => {
  database = await createThrowawayDatabase('organisation_admin');
  await seedDemoOrganisation(database.dataSource);
  service = new OrganisationAdminService(database.dataSource, createLogger('test'));
  admin = await callerOf(database.dataSource, 'admin@accord.example');
  emeaManager = await callerOf(database.dataSource, 'manager.emea@accord.example');
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  emeaTeamId = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ key: 'emea' })).id;
});

afterAll(async () => {
  await database.drop();
});

async function latestAuditOf(targetId: string): Promise<AuditEntryEntity | null> {
  return database.dataSource.getRepository(AuditEntryEntity).findOne({ where: { targetId }, order: { occurredAt: 'DESC', id: 'DESC' } });
}

describe('OrganisationAdminService.listUsers', () => {
  it('returns every user to an admin', async () => {
    const users = await service.listUsers(admin);

    expect(users).toHaveLength(await database.dataSource.getRepository(UserEntity).count());
  });

  it('returns only their team to a manager', async () => {
    const users = await service.listUsers(emeaManager);

    expect(users.map((user) => user.email).sort()).toEqual(
      ['anna@accord.example', 'ben@accord.example', 'chloe@accord.example', 'manager.emea@accord.example'].sort(),
    );
  });
});

describe('OrganisationAdminService.updateTeamCalendar', () => {
  it('stores a valid calendar with an audit entry', async () => {
    const before = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: emeaTeamId })).calendar;

    const team = await service.updateTeamCalendar(admin, emeaTeamId, CALENDAR);

    expect(team.calendar).toEqual(CALENDAR);
    expect((await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: emeaTeamId })).calendar).toEqual(CALENDAR);
    const entry = await latestAuditOf(emeaTeamId);
    expect(entry).toMatchObject({ action: AuditAction.TeamUpdated, actorId: admin.id, targetType: 'TEAM' });
    expect(entry?.before).toEqual({ calendar: before });
    expect(entry?.after).toEqual({ calendar: CALENDAR });
  });

  it.each<[string, unknown, string]>([
    ['an unknown time zone', { ...CALENDAR, timeZone: 'Mars/Olympus' }, 'calendar.timeZone'],
    ['an end before the start', { ...CALENDAR, hours: [{ day: 1, start: '17:00', end: '09:00' }] }, 'calendar.hours[0].end'],
    ['an impossible holiday', { ...CALENDAR, holidays: ['2026-02-30'] }, 'calendar.holidays[0]'],
    ['hours that are not a list', { ...CALENDAR, hours: 'weekdays' }, 'calendar.hours'],
    ['an unknown key', { ...CALENDAR, weekends: false }, 'calendar.weekends'],
  ])('rejects %s by its path', async (_case, calendar, field) => {
    const error = await accordErrorOf(service.updateTeamCalendar(admin, emeaTeamId, calendar));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual([field]);
  });

  it('reports an unknown team as not found', async () => {
    const error = await accordErrorOf(service.updateTeamCalendar(admin, 'not-a-uuid', CALENDAR));

    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('OrganisationAdminService.updateUser', () => {
  it('changes the given fields and keeps the others', async () => {
    const until = new Date('2026-12-31T17:00:00Z');

    const user = await service.updateUser(admin, anna.id, { outOfOfficeUntil: until, timeZone: 'Europe/Lisbon' });

    expect(user).toMatchObject({ outOfOfficeUntil: until, timeZone: 'Europe/Lisbon', active: true, calendar: null });
    const entry = await latestAuditOf(anna.id);
    expect(entry).toMatchObject({
      action: AuditAction.UserUpdated,
      targetType: 'USER',
      summary: 'Changed outOfOfficeUntil, timeZone of user Anna Keller.',
    });
    expect(entry?.before).toEqual({ outOfOfficeUntil: null, timeZone: 'Europe/Berlin' });
    expect(entry?.after).toEqual({ outOfOfficeUntil: until.toISOString(), timeZone: 'Europe/Lisbon' });
  });

  it('sets and clears a personal calendar', async () => {
    const withCalendar = await service.updateUser(admin, anna.id, { calendar: CALENDAR });
    const cleared = await service.updateUser(admin, anna.id, { calendar: null, outOfOfficeUntil: null });

    expect(withCalendar.calendar).toEqual(CALENDAR);
    expect(cleared.calendar).toBeNull();
    expect(cleared.outOfOfficeUntil).toBeNull();
  });

  it('deactivates and reactivates a user', async () => {
    const inactive = await service.updateUser(admin, anna.id, { active: false });
    const active = await service.updateUser(admin, anna.id, { active: true });

    expect(inactive.active).toBe(false);
    expect(active.active).toBe(true);
  });

  it('reports every problem of the input at once', async () => {
    const error = await accordErrorOf(
      service.updateUser(admin, anna.id, { timeZone: 'Nowhere/Land', calendar: { ...CALENDAR, holidays: ['someday'] } }),
    );

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual(['input.timeZone', 'input.calendar.holidays[0]']);
  });

  it('rejects an input that changes nothing', async () => {
    const error = await accordErrorOf(service.updateUser(admin, anna.id, {}));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual(['input']);
  });

  it('keeps an admin from deactivating their own account', async () => {
    const error = await accordErrorOf(service.updateUser(admin, admin.id, { active: false }));

    expect(error.code).toBe('CONFLICT');
    expect((await database.dataSource.getRepository(UserEntity).findOneByOrFail({ id: admin.id })).active).toBe(true);
  });

  it('reports an unknown user as not found', async () => {
    const error = await accordErrorOf(service.updateUser(admin, '00000000-0000-4000-8000-000000000000', { active: true }));

    expect(error.code).toBe('NOT_FOUND');
  });
});
