import { AuditAction, AuditEntryEntity, AuthSessionEntity, DEMO_PASSWORD, SessionRevokedReason, UserEntity } from '@accord/db';
import { startApiStack, type ApiStack } from '../support/api-stack';

jest.setTimeout(120_000);

/** Short enough to wait for its expiry in a test, long enough for the requests of one test. */
const ACCESS_TOKEN_TTL_SECONDS = 4;

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt refreshToken refreshTokenExpiresAt user { email } }
}`;
const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshTokenExpiresAt user { email } }
}`;
const ME = '{ me { email } }';
const SIGN_OUT = 'mutation { signOut }';
const SIGN_OUT_EVERYWHERE = 'mutation { signOutEverywhere }';
const UPDATE_USER = 'mutation Update($id: ID!, $input: UserUpdateInput!) { updateUser(id: $id, input: $input) { active } }';

interface Session {
  token: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { email: string };
}

interface HttpResult {
  status: number;
  retryAfter: string | null;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

let api: ApiStack;

beforeAll(async () => {
  // The API trusts X-Forwarded-For from loopback here, so each test can act from a client IP of its own.
  api = await startApiStack('api_auth_sessions', {}, { accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS, trustProxy: ['loopback'] });
});

afterAll(async () => {
  await api?.stop();
});

/** Posts one operation and returns the HTTP status, the Retry-After header and the GraphQL body. */
async function post(query: string, variables: Record<string, unknown>, options: { token?: string; ip: string }): Promise<HttpResult> {
  const response = await fetch(api.api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': options.ip,
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<HttpResult, 'data' | 'errors'>;

  return { status: response.status, retryAfter: response.headers.get('retry-after'), data: body.data, errors: body.errors ?? [] };
}

async function signIn(email: string, ip: string, password = DEMO_PASSWORD): Promise<Session> {
  const result = await post(SIGN_IN, { email, password }, { ip });
  const session = result.data?.signIn as Session | undefined;
  if (session === undefined || session === null) {
    throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  }

  return session;
}

async function refresh(refreshToken: string, ip: string): Promise<HttpResult> {
  return post(REFRESH, { refreshToken }, { ip });
}

async function sessionRow(accessToken: string): Promise<AuthSessionEntity> {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid: string };

  return api.stack.database.dataSource.getRepository(AuthSessionEntity).findOneByOrFail({ id: payload.sid });
}

async function auditActionsOf(targetId: string): Promise<string[]> {
  const entries = await api.stack.database.dataSource
    .getRepository(AuditEntryEntity)
    .find({ where: { targetId }, order: { occurredAt: 'ASC' } });

  return entries.map((entry) => entry.action);
}

function codeOf(result: HttpResult): string | undefined {
  return result.errors[0]?.extensions?.code;
}

describe('sign-in sessions', () => {
  it('refresh renews an expired access token', async () => {
    const session = await signIn('anna@accord.example', '198.51.100.1');

    expect(session.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(Date.parse(session.refreshTokenExpiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    expect((await post(ME, {}, { token: session.token, ip: '198.51.100.1' })).data).toEqual({ me: { email: 'anna@accord.example' } });

    await new Promise((resolve) => setTimeout(resolve, Date.parse(session.expiresAt) - Date.now() + 500));
    const expired = await post(ME, {}, { token: session.token, ip: '198.51.100.1' });

    expect(codeOf(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors[0]?.message).toContain('expired');

    const refreshed = await refresh(session.refreshToken, '198.51.100.1');
    const renewed = refreshed.data?.refreshSession as Session;

    expect(renewed.user.email).toBe('anna@accord.example');
    expect(renewed.refreshToken).not.toBe(session.refreshToken);
    expect(renewed.refreshTokenExpiresAt).toBe(session.refreshTokenExpiresAt);
    expect((await post(ME, {}, { token: renewed.token, ip: '198.51.100.1' })).data).toEqual({ me: { email: 'anna@accord.example' } });
    expect(await auditActionsOf((await sessionRow(renewed.token)).id)).toEqual([AuditAction.SessionRefreshed]);
  });

  it('reuse of a rotated refresh token revokes the session', async () => {
    const session = await signIn('anna@accord.example', '198.51.100.2');
    const first = (await refresh(session.refreshToken, '198.51.100.2')).data?.refreshSession as Session;

    const reused = await refresh(session.refreshToken, '198.51.100.2');

    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    expect(reused.errors[0]?.message).toContain('already used');
    expect(codeOf(await refresh(first.refreshToken, '198.51.100.2'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await post(ME, {}, { token: first.token, ip: '198.51.100.2' }))).toBe('UNAUTHENTICATED');

    const row = await sessionRow(first.token);

    expect(row.revokedReason).toBe(SessionRevokedReason.RefreshTokenReused);
    expect(await auditActionsOf(row.id)).toEqual([AuditAction.SessionRefreshed, AuditAction.SessionRevoked]);
  });

  it('rejects an unknown refresh token', async () => {
    const result = await refresh('not-a-refresh-token', '198.51.100.3');

    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors[0]?.message).toContain('invalid');
  });

  it('signOut ends the access token at once', async () => {
    const session = await signIn('ben@accord.example', '198.51.100.4');
    const other = await signIn('ben@accord.example', '198.51.100.4');

    const signedOut = await post(SIGN_OUT, {}, { token: session.token, ip: '198.51.100.4' });

    expect(signedOut.data).toEqual({ signOut: true });
    const after = await post(ME, {}, { token: session.token, ip: '198.51.100.4' });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors[0]?.message).toContain('signed out');
    expect(codeOf(await refresh(session.refreshToken, '198.51.100.4'))).toBe('UNAUTHENTICATED');
    expect((await post(ME, {}, { token: other.token, ip: '198.51.100.4' })).data).toEqual({ me: { email: 'ben@accord.example' } });
    expect(await auditActionsOf((await sessionRow(session.token)).id)).toEqual([AuditAction.SignedOut]);
  });

  it('signOutEverywhere ends every session of the caller', async () => {
    const first = await signIn('chloe@accord.example', '198.51.100.5');
    const second = await signIn('chloe@accord.example', '198.51.100.5');
    const bystander = await signIn('anna@accord.example', '198.51.100.5');

    const result = await post(SIGN_OUT_EVERYWHERE, {}, { token: first.token, ip: '198.51.100.5' });

    expect(result.data).toEqual({ signOutEverywhere: 2 });
    expect(codeOf(await post(ME, {}, { token: first.token, ip: '198.51.100.5' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await post(ME, {}, { token: second.token, ip: '198.51.100.5' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(second.refreshToken, '198.51.100.5'))).toBe('UNAUTHENTICATED');
    expect((await post(ME, {}, { token: bystander.token, ip: '198.51.100.5' })).data).toEqual({ me: { email: 'anna@accord.example' } });
    const chloe = await api.stack.database.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'chloe@accord.example' });
    expect(await auditActionsOf(chloe.id)).toContain(AuditAction.SignedOutEverywhere);
  });

  it('deactivating a user revokes their sessions', async () => {
    const admin = await signIn('admin@accord.example', '198.51.100.6');
    const emma = await signIn('emma@accord.example', '198.51.100.6');
    const emmaId = (await api.stack.database.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'emma@accord.example' })).id;

    await post(UPDATE_USER, { id: emmaId, input: { active: false } }, { token: admin.token, ip: '198.51.100.6' });
    await post(UPDATE_USER, { id: emmaId, input: { active: true } }, { token: admin.token, ip: '198.51.100.6' });

    expect(codeOf(await post(ME, {}, { token: emma.token, ip: '198.51.100.6' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(emma.refreshToken, '198.51.100.6'))).toBe('UNAUTHENTICATED');
    expect((await sessionRow(emma.token)).revokedReason).toBe(SessionRevokedReason.UserDeactivated);
    const actions = await auditActionsOf(emmaId);
    expect(actions.filter((action) => action === AuditAction.UserUpdated)).toHaveLength(2);
    expect(actions.filter((action) => action === AuditAction.SessionsRevoked)).toHaveLength(1);
  });
});

describe('sign-in lockout', () => {
  it.each([
    ['an existing account', 'farid@accord.example', '198.51.100.7'],
    ['an unknown e-mail address', 'nobody@accord.example', '198.51.100.8'],
  ])('locks %s after 5 failures with 429 and Retry-After', async (_case, email, ip) => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await post(SIGN_IN, { email, password: 'wrong password' }, { ip });

      expect({ attempt, status: failed.status, code: codeOf(failed) }).toEqual({ attempt, status: 200, code: 'UNAUTHENTICATED' });
    }

    const locked = await post(SIGN_IN, { email, password: DEMO_PASSWORD }, { ip: '198.51.100.99' });

    expect(locked.status).toBe(429);
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.retryAfter)).toBeGreaterThan(14 * 60);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(15 * 60);
    expect(locked.errors[0]?.extensions?.retryAfterSeconds).toBe(Number(locked.retryAfter));
    expect(locked.errors[0]?.message).toBe('Too many failed sign-ins for this e-mail address. Try again in 15 minutes.');
    expect(locked.data).toBeNull();
  });

  it('throttles a client IP after 20 failures', async () => {
    const ip = '198.51.100.20';
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const failed = await post(SIGN_IN, { email: `visitor${attempt}@unknown.example`, password: 'guess' }, { ip });

      expect({ attempt, code: codeOf(failed) }).toEqual({ attempt, code: 'UNAUTHENTICATED' });
    }

    const throttled = await post(SIGN_IN, { email: 'diego@accord.example', password: DEMO_PASSWORD }, { ip });

    expect(throttled.status).toBe(429);
    expect(codeOf(throttled)).toBe('TOO_MANY_REQUESTS');
    expect(Number(throttled.retryAfter)).toBeGreaterThan(14 * 60);
    expect(throttled.errors[0]?.message).toContain('from your network');
    expect((await signIn('diego@accord.example', '198.51.100.21')).user.email).toBe('diego@accord.example');
  });
});
