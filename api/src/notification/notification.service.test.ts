import { NotificationEntity } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { AccordErrorCode } from '../errors/accord-error';
import { callerOf, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { accordErrorOf } from '../testing/governance.fixture';
import { NotificationService } from './notification.service';

let database: ThrowawayDatabase;
let service: NotificationService;
let anna: Caller;
let ben: Caller;
const readAt = new Date('2026-03-02T12:00:00Z');

beforeAll(async () => {
  database = await createThrowawayDatabase('api_notifications');
  await seedDemoOrganisation(database.dataSource);
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  service = new NotificationService(database.dataSource, () => readAt);
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM notifications');
});

let notificationCount = 0;

async function notify(recipient: Caller, createdAt: string, read = false): Promise<string> {
  notificationCount += 1;
  const row = await database.dataSource.getRepository(NotificationEntity).save({
    recipientId: recipient.id,
    leadId: null,
    kind: 'SLA_WARNING',
    message: `Notification ${notificationCount}`,
    createdAt: new Date(createdAt),
    readAt: read ? new Date(createdAt) : null,
    idempotencyKey: `test-notification-${notificationCount}`,
  });

  return row.id;
}

describe('NotificationService.list', () => {
  it('returns the caller’s own notifications, newest first', async () => {
    const older = await notify(anna, '2026-03-02T09:00:00Z');
    const newer = await notify(anna, '2026-03-02T10:00:00Z');
    await notify(ben, '2026-03-02T11:00:00Z');

    const listed = await service.list(anna, { unreadOnly: false, first: 50 });

    expect(listed.map((notification) => notification.id)).toEqual([newer, older]);
  });

  it('leaves read notifications out when asked', async () => {
    const unread = await notify(anna, '2026-03-02T09:00:00Z');
    await notify(anna, '2026-03-02T10:00:00Z', true);

    const listed = await service.list(anna, { unreadOnly: true, first: 50 });

    expect(listed.map((notification) => notification.id)).toEqual([unread]);
  });

  it('returns at most first notifications', async () => {
    await notify(anna, '2026-03-02T09:00:00Z');
    const newest = await notify(anna, '2026-03-02T10:00:00Z');

    const listed = await service.list(anna, { unreadOnly: false, first: 1 });

    expect(listed.map((notification) => notification.id)).toEqual([newest]);
  });
});

describe('NotificationService.markRead', () => {
  it('marks only the caller’s unread notifications', async () => {
    const annasUnread = await notify(anna, '2026-03-02T09:00:00Z');
    const annasRead = await notify(anna, '2026-03-02T09:30:00Z', true);
    const bens = await notify(ben, '2026-03-02T10:00:00Z');

    const changed = await service.markRead(anna, [annasUnread, annasRead, bens]);

    expect(changed).toBe(1);
    const rows = await database.dataSource.getRepository(NotificationEntity).find();
    const readAtOf = (id: string): Date | null | undefined => rows.find((row) => row.id === id)?.readAt;
    expect(readAtOf(annasUnread)).toEqual(readAt);
    expect(readAtOf(annasRead)).toEqual(new Date('2026-03-02T09:30:00Z'));
    expect(readAtOf(bens)).toBeNull();
  });

  it('returns 0 for no ids', async () => {
    await expect(service.markRead(anna, [])).resolves.toBe(0);
  });

  it('rejects an id that is not a UUID', async () => {
    const error = await accordErrorOf(service.markRead(anna, ['first']));

    expect(error.code).toBe(AccordErrorCode.BadUserInput);
    expect(error.problems.map((problem) => problem.field)).toEqual(['ids']);
  });

  it('rejects more than 500 ids', async () => {
    const ids = Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000');

    const error = await accordErrorOf(service.markRead(anna, ids));

    expect(error.problems.map((problem) => problem.field)).toEqual(['ids']);
  });
});
