import { loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { startApiServer, type ApiServer } from '../server';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import { createRecordingLogger, type RecordingLogger } from '../testing/recording-logger.fixture';
import { TokenBuckets, credentialKeyOf } from './rate-limit';

const WARN_LEVEL = 40;

describe('TokenBuckets', () => {
  it('allows a full burst, then waits for refill', () => {
    let now = 1_000_000;
    const buckets = new TokenBuckets(5, () => now);

    for (let request = 0; request < 5; request += 1) {
      expect(buckets.take('client').retryAfterSeconds).toBe(0);
    }
    // Five tokens a minute refill one token every 12 seconds.
    expect(buckets.take('client')).toEqual({ retryAfterSeconds: 12, firstRejection: true });

    now += 11_000;
    expect(buckets.take('client')).toEqual({ retryAfterSeconds: 1, firstRejection: false });

    now += 1_000;
    expect(buckets.take('client').retryAfterSeconds).toBe(0);
  });

  it('marks only the first rejection of a burst', () => {
    let now = 0;
    const buckets = new TokenBuckets(1, () => now);

    expect(buckets.take('client').retryAfterSeconds).toBe(0);
    expect(buckets.take('client').firstRejection).toBe(true);
    expect(buckets.take('client').firstRejection).toBe(false);

    now += 60_000;
    expect(buckets.take('client').retryAfterSeconds).toBe(0);
    expect(buckets.take('client').firstRejection).toBe(true);
  });

  it('keeps one bucket per key', () => {
    const buckets = new TokenBuckets(1, () => 0);

    expect(buckets.take('first').retryAfterSeconds).toBe(0);
    expect(buckets.take('second').retryAfterSeconds).toBe(0);
    expect(buckets.take('first').retryAfterSeconds).toBeGreaterThan(0);
  });

  it('never refills above the capacity', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, () => now);
    buckets.take('client');

    now += 10 * 60_000;
    expect(buckets.take('client').retryAfterSeconds).toBe(0);
    expect(buckets.take('client').retryAfterSeconds).toBe(0);
    expect(buckets.take('client').retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('credentialKeyOf', () => {
  it('counts an API key by its whole hash', () => {
    const real = credentialKeyOf('Bearer acc_k7f2x9_secret-one');
    const forged = credentialKeyOf('Bearer acc_k7f2x9_secret-two');

    expect(real?.key).toMatch(/^token:[0-9a-f]{64}$/);
    expect(forged?.key).not.toBe(real?.key);
    expect(real?.logId.apiKeyPublicId).toBe('k7f2x9');
    expect(JSON.stringify(real)).not.toContain('secret-one');
  });

  it('counts any other bearer token by its SHA-256 hash', () => {
    const credential = credentialKeyOf('Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature');

    // SHA-256 of "eyJhbGciOiJIUzI1NiJ9.payload.signature", as `printf %s TOKEN | sha256sum` prints it.
    expect(credential?.key).toMatch(/^token:[0-9a-f]{64}$/);
    expect(credential?.key).not.toContain('payload');
    expect(credential?.logId.tokenHash).toHaveLength(16);
  });

  it('hashes a token with the acc_ prefix but no public id', () => {
    expect(credentialKeyOf('Bearer acc__secret')?.key).toMatch(/^token:/);
  });

  it.each([undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer'])('returns null for %p', (header) => {
    expect(credentialKeyOf(header)).toBeNull();
  });
});

describe('rate limit on the server', () => {
  let database: ThrowawayDatabase;
  let ipLimited: { server: ApiServer; log: RecordingLogger };
  let credentialLimited: { server: ApiServer; log: RecordingLogger };

  async function start(ipPerMinute: number, credentialPerMinute: number) {
    const log = createRecordingLogger();
    const config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      httpPort: 0,
      rateLimitIpPerMinute: ipPerMinute,
      rateLimitCredentialPerMinute: credentialPerMinute,
    };
    const server = await startApiServer({ config, dataSource: database.dataSource, lifecycle: new RecordingLifecycle(), logger: log.logger });

    return { server, log };
  }

  beforeAll(async () => {
    database = await createThrowawayDatabase('api_rate_limit');
    ipLimited = await start(5, 1000);
    credentialLimited = await start(1000, 3);
    // A throwaway database and two servers can exceed jest's 5 s default on a busy machine.
  }, 60_000);

  afterAll(async () => {
    await ipLimited?.server.stop();
    await credentialLimited?.server.stop();
    await database?.drop();
  });

  function post(server: ApiServer, body: string, authorization?: string): Promise<Response> {
    return fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      body,
    });
  }

  function warnings(log: RecordingLogger) {
    return log.parsedLines().filter((line) => line.level === WARN_LEVEL && line.msg.startsWith('Rate limit reached'));
  }

  it('answers 429 per IP address with Retry-After and a GraphQL error', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    for (let request = 0; request < 5; request += 1) {
      expect((await post(ipLimited.server, query)).status).toBe(200);
    }

    const response = await post(ipLimited.server, query);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[] };

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(12);
    expect(body.errors[0]?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: Number(response.headers.get('retry-after')) });
    expect(body.errors[0]?.message).toMatch(/^Too many requests: this IP address may send 5 requests a minute\. Retry after \d+ seconds\.$/);
  });

  it('rejects before the body is parsed', async () => {
    const response = await post(ipLimited.server, '{ this is not JSON');

    expect(response.status).toBe(429);
  });

  it('logs one line per burst with a hashed IP address', async () => {
    await post(ipLimited.server, '{}');
    await post(ipLimited.server, '{}');
    const lines = warnings(ipLimited.log);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ limit: 'ip', perMinute: 5 });
    expect(lines[0]?.ipHash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(lines[0])).not.toContain('127.0.0.1');
  });

  it('leaves /health unlimited', async () => {
    const response = await fetch(ipLimited.server.url.replace('/graphql', '/health'));

    expect(response.status).toBe(200);
  });

  it('limits each API key separately from forged secrets', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const forged: number[] = [];
    for (const secret of ['one', 'two', 'three', 'four']) {
      forged.push((await post(credentialLimited.server, query, `Bearer acc_k7f2x9_wrong-${secret}`)).status);
    }
    const statuses: number[] = [];
    for (let request = 0; request < 4; request += 1) {
      statuses.push((await post(credentialLimited.server, query, 'Bearer acc_k7f2x9_the-real-secret')).status);
    }

    expect(forged).not.toContain(429);
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(statuses[3]).toBe(429);
  });

  it('keeps other credentials and anonymous callers going', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });

    expect((await post(credentialLimited.server, query, 'Bearer acc_other1_secret')).status).not.toBe(429);
    expect((await post(credentialLimited.server, query)).status).not.toBe(429);
  });

  it('limits a bearer token by its hash and logs no token', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const token = 'opaque-session-token-7c1d';
    const statuses: number[] = [];
    for (let request = 0; request < 5; request += 1) {
      statuses.push((await post(credentialLimited.server, query, `Bearer ${token}`)).status);
    }
    const lines = warnings(credentialLimited.log).filter((line) => line.tokenHash !== undefined && line.apiKeyPublicId === undefined);

    expect(statuses).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 429, 429]);
    expect(lines).toHaveLength(1);
    expect(credentialLimited.log.lines.join('\n')).not.toContain(token);
  });
});
