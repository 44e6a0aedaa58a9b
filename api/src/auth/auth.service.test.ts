import { AuthSessionEntity, DEMO_PASSWORD, SessionRevokedReason, UserEntity } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { AccordError } from '../errors/accord-error';
import { callerOf, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { createRecordingLogger, type RecordingLogger } from '../testing/recording-logger.fixture';
import { verifyAccessToken } from './access-token';
import { AuthSessionService, hashRefreshToken } from './auth-session.service';
import { AuthService } from './auth.service';
import { SignInThrottle } from './sign-in-throttle';

const SECRET = 'test-secret-of-sufficient-length-0123456789';
const CLIENT_IP = '10.1.2.3';

let database: ThrowawayDatabase;
let recording: RecordingLogger;
let auth: AuthService;

beforeAll(async () => {
  database = await createThrowawayDatabase('auth_service');
  await seedDemoOrganisation(database.dataSource);
});

afterAll(async () => {
  await database.drop();
});

beforeEach(() => {
  recording = createRecordingLogger();
  auth = createAuthService(900, 30 * 24 * 3600);
});

function createAuthService(accessTokenTtlSeconds: number, sessionTtlSeconds: number): AuthService {
  const sessions = new AuthSessionService(
    database.dataSource,
    { tokens: { secret: SECRET, ttlSeconds: accessTokenTtlSeconds }, sessionTtlSeconds },
    recording.logger,
  );

  return new AuthService(database.dataSource, sessions, new SignInThrottle(database.dataSource, recording.logger), recording.logger);
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

describe('AuthService', () => {
  it('signIn opens a session whose access token names it', async () => {
    const result = await auth.signIn('Anna@Accord.example ', DEMO_PASSWORD, CLIENT_IP);

    const check = verifyAccessToken(result.accessToken.token, SECRET);
    const row = await database.dataSource.getRepository(AuthSessionEntity).findOneByOrFail({ id: result.sessionId });

    expect(check).toEqual({ ok: true, userId: result.user.id, sessionId: result.sessionId });
    expect(row.refreshTokenHash).toBe(hashRefreshToken(result.refreshToken));
    expect(row.refreshTokenHash).not.toContain(result.refreshToken);
    expect(row.expiresAt.getTime()).toBe(result.refreshTokenExpiresAt.getTime());
  });

  it('resolveCaller accepts an open session and returns its id', async () => {
    const result = await auth.signIn('anna@accord.example', DEMO_PASSWORD, CLIENT_IP);

    const resolution = await auth.resolveCaller(`Bearer ${result.accessToken.token}`);

    expect(resolution.caller?.id).toBe(result.user.id);
    expect(resolution.sessionId).toBe(result.sessionId);
    expect(resolution.authFailure).toBeNull();
  });

  it('resolveCaller rejects a revoked session as revoked', async () => {
    const result = await auth.signIn('anna@accord.example', DEMO_PASSWORD, CLIENT_IP);
    await auth.signOut(await callerOf(database.dataSource, 'anna@accord.example'), result.sessionId);

    expect(await auth.resolveCaller(`Bearer ${result.accessToken.token}`)).toEqual({
      caller: null,
      sessionId: null,
      authFailure: 'revoked',
    });
  });

  it('resolveCaller rejects an expired session as expired', async () => {
    const result = await auth.signIn('anna@accord.example', DEMO_PASSWORD, CLIENT_IP);
    await database.dataSource.getRepository(AuthSessionEntity).update({ id: result.sessionId }, { expiresAt: new Date(Date.now() - 1000) });

    expect((await auth.resolveCaller(`Bearer ${result.accessToken.token}`)).authFailure).toBe('expired');
  });

  it('caps the access token at the end of a short session', async () => {
    const shortSession = createAuthService(3600, 600);

    const result = await shortSession.signIn('anna@accord.example', DEMO_PASSWORD, CLIENT_IP);

    expect(result.accessToken.expiresAt.getTime()).toBeLessThanOrEqual(result.refreshTokenExpiresAt.getTime());
  });

  it('refreshSession rotates the refresh token and keeps the session', async () => {
    const signedIn = await auth.signIn('ben@accord.example', DEMO_PASSWORD, CLIENT_IP);

    const refreshed = await auth.refreshSession(signedIn.refreshToken);
    const row = await database.dataSource.getRepository(AuthSessionEntity).findOneByOrFail({ id: signedIn.sessionId });

    expect(refreshed.sessionId).toBe(signedIn.sessionId);
    expect(refreshed.refreshToken).not.toBe(signedIn.refreshToken);
    expect(row.refreshTokenHash).toBe(hashRefreshToken(refreshed.refreshToken));
    expect(row.rotationCount).toBe(1);
  });

  it('refreshSession revokes the session when a rotated token returns, and logs ids only', async () => {
    const signedIn = await auth.signIn('ben@accord.example', DEMO_PASSWORD, CLIENT_IP);
    const refreshed = await auth.refreshSession(signedIn.refreshToken);

    const error = await rejectionOf(auth.refreshSession(signedIn.refreshToken));
    const row = await database.dataSource.getRepository(AuthSessionEntity).findOneByOrFail({ id: signedIn.sessionId });
    const warning = recording.parsedLines().find((line) => line.level === 40);

    expect(error.code).toBe('UNAUTHENTICATED');
    expect(row.revokedReason).toBe(SessionRevokedReason.RefreshTokenReused);
    expect((await rejectionOf(auth.refreshSession(refreshed.refreshToken))).code).toBe('UNAUTHENTICATED');
    expect(warning).toMatchObject({ userId: signedIn.user.id, sessionId: signedIn.sessionId });
    expect(recording.lines.join('\n')).not.toContain(signedIn.refreshToken);
    expect(recording.lines.join('\n')).not.toContain('ben@accord.example');
  });

  it('refreshSession rejects the session of a deactivated user', async () => {
    const signedIn = await auth.signIn('chloe@accord.example', DEMO_PASSWORD, CLIENT_IP);
    const users = database.dataSource.getRepository(UserEntity);
    await users.update({ id: signedIn.user.id }, { active: false });

    try {
      const error = await rejectionOf(auth.refreshSession(signedIn.refreshToken));

      expect(error.message).toBe('Your session has ended. Sign in again.');
    } finally {
      await users.update({ id: signedIn.user.id }, { active: true });
    }
  });

  it('signIn rejects a correct password while the e-mail address is locked', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await rejectionOf(auth.signIn('diego@accord.example', 'wrong', CLIENT_IP))).code).toBe('UNAUTHENTICATED');
    }

    const error = await rejectionOf(auth.signIn('diego@accord.example', DEMO_PASSWORD, CLIENT_IP));

    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(recording.lines.join('\n')).not.toContain('diego');
  });
});
