import jwt from 'jsonwebtoken';

import { readBearerToken, signAccessToken, verifyAccessToken } from './access-token';

const options = { secret: 'test-secret-of-sufficient-length-0123456789', ttlSeconds: 3600 };
const userId = '6f1c1f36-8a51-4a0c-9a77-0d4c0a6b7a10';
const sessionId = '0b8e4f1e-3c55-4f0e-8d2a-5a8f3e1c9d27';
const subject = { userId, sessionId };

describe('access token', () => {
  it('round-trips the user and session ids', () => {
    const { token } = signAccessToken(subject, options);

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: true, userId, sessionId });
  });

  it('rejects a token without a session id', () => {
    const token = jwt.sign({}, options.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: 'accord',
      audience: 'accord-api',
      expiresIn: 3600,
    });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('expires after the configured lifetime', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const { expiresAt } = signAccessToken(subject, options, now);

    expect(expiresAt.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('reports an expired token as expired', () => {
    const { token } = signAccessToken(subject, options, new Date(Date.now() - 2 * 3600 * 1000));

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token signed with another secret', () => {
    const { token } = signAccessToken(subject, { ...options, secret: 'another-secret' });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects an unsigned token', () => {
    const token = jwt.sign({ sub: userId, iss: 'accord', aud: 'accord-api' }, '', { algorithm: 'none' });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token for another audience', () => {
    const token = jwt.sign({}, options.secret, { subject: userId, issuer: 'accord', audience: 'elsewhere' });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token without an expiry', () => {
    const token = jwt.sign({}, options.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: 'accord',
      audience: 'accord-api',
      noTimestamp: true,
    });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a token without a subject', () => {
    const token = jwt.sign({ sid: sessionId }, options.secret, {
      algorithm: 'HS256',
      issuer: 'accord',
      audience: 'accord-api',
      expiresIn: 3600,
    });

    expect(verifyAccessToken(token, options.secret)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    [undefined, null],
  ])('reads the bearer token from %p', (header, expected) => {
    expect(readBearerToken(header)).toBe(expected);
  });
});
