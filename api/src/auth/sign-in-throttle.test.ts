import { SignInFailureEntity, SignInLockoutEntity } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { AccordError, AccordErrorCode } from '../errors/accord-error';
import { createRecordingLogger } from '../testing/recording-logger.fixture';
import { describeRetry, hashEmail, SignInThrottle, type SignInLimits } from './sign-in-throttle';

const LIMITS: SignInLimits = { windowSeconds: 900, maxFailuresPerEmail: 5, lockoutSeconds: 900, maxFailuresPerIp: 20 };
const START = new Date('2026-03-02T09:00:00Z');

let database: ThrowawayDatabase;
let throttle: SignInThrottle;

beforeAll(async () => {
  database = await createThrowawayDatabase('sign_in_throttle');
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM sign_in_failures');
  await database.dataSource.query('DELETE FROM sign_in_lockouts');
  throttle = new SignInThrottle(database.dataSource, createRecordingLogger().logger, LIMITS);
});

function at(seconds: number): Date {
  return new Date(START.getTime() + seconds * 1000);
}

/** Runs one failed attempt and returns the attempt's count of e-mail failures. */
async function failOnce(emailHash: string, ip: string, now: Date): Promise<number> {
  const attempt = await throttle.begin(emailHash, ip, now);
  await throttle.fail(attempt, now, null);

  return attempt.emailFailures;
}

async function rejectionOf(promise: Promise<unknown>): Promise<AccordError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AccordError)) {
    throw new Error(`expected an AccordError, got ${String(error)}`);
  }

  return error;
}

describe('SignInThrottle', () => {
  const email = hashEmail('anna@accord.example');

  it('locks the e-mail address for 15 minutes after the fifth failure', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await failOnce(email, '10.0.0.1', at(attempt))).toBe(attempt);
    }

    const error = await rejectionOf(throttle.begin(email, '10.0.0.2', at(60)));

    expect(error.code).toBe(AccordErrorCode.TooManyRequests);
    expect(error.retryAfterSeconds).toBe(900 + 5 - 60);
    expect(error.extensions?.http.status).toBe(429);
    expect(error.extensions?.http.headers.get('retry-after')).toBe(String(900 + 5 - 60));
  });

  it('counts again from zero once the lockout ends', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await failOnce(email, '10.0.0.1', at(attempt));
    }

    expect(await failOnce(email, '10.0.0.1', at(906))).toBe(1);
  });

  it('forgets failures older than the window', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await failOnce(email, '10.0.0.1', at(attempt));
    }

    expect(await failOnce(email, '10.0.0.1', at(1000))).toBe(1);
    expect(await database.dataSource.getRepository(SignInFailureEntity).count()).toBe(1);
  });

  it('restarts the count after a successful sign-in', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await failOnce(email, '10.0.0.1', at(attempt));
    }

    const success = await throttle.begin(email, '10.0.0.1', at(10));
    await throttle.succeed(success, at(10));

    expect(await failOnce(email, '10.0.0.1', at(11))).toBe(1);
    expect(await database.dataSource.getRepository(SignInLockoutEntity).countBy({ emailHash: email })).toBe(1);
  });

  it('keeps earlier failures in the IP count after a successful sign-in', async () => {
    for (let attempt = 1; attempt <= 19; attempt += 1) {
      await failOnce(hashEmail(`visitor${attempt}@example.com`), '10.0.0.3', at(attempt));
    }
    const success = await throttle.begin(email, '10.0.0.3', at(30));
    await throttle.succeed(success, at(30));
    await failOnce(email, '10.0.0.3', at(31));

    const error = await rejectionOf(throttle.begin(hashEmail('another@example.com'), '10.0.0.3', at(40)));

    expect(error.code).toBe(AccordErrorCode.TooManyRequests);
    expect(error.message).toBe('Too many failed sign-ins from your network. Try again in 15 minutes.');
    // The oldest of the 20 failures (at 1 s) leaves the window at 901 s.
    expect(error.retryAfterSeconds).toBe(901 - 40);
  });

  it('lets at most five of many concurrent attempts check a password', async () => {
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, index) => throttle.begin(email, `10.0.1.${index}`, at(1))));
    const admitted = results.filter((result) => result.status === 'fulfilled').length;

    expect(admitted).toBeLessThanOrEqual(5);
    expect(await database.dataSource.getRepository(SignInFailureEntity).count()).toBe(admitted);
  });

  it('stores attempts by hash, never by e-mail address', async () => {
    await failOnce(hashEmail('anna@accord.example'), '10.0.0.1', at(1));

    const rows = await database.dataSource.query<{ email_hash: string }[]>('SELECT email_hash FROM sign_in_failures');

    expect(rows).toEqual([{ email_hash: hashEmail('anna@accord.example') }]);
    expect(rows[0]?.email_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('anna');
  });
});

describe('describeRetry', () => {
  it.each([
    [1, 'Try again in 1 second.'],
    [40, 'Try again in 40 seconds.'],
    [60, 'Try again in 1 minute.'],
    [61, 'Try again in 2 minutes.'],
    [900, 'Try again in 15 minutes.'],
  ])('describes %p seconds', (seconds, expected) => {
    expect(describeRetry(seconds)).toBe(expected);
  });
});
