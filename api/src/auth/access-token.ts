import jwt from 'jsonwebtoken';

const ISSUER = 'accord';
const AUDIENCE = 'accord-api';
const ALGORITHM = 'HS256';

export interface AccessTokenOptions {
  secret: string;
  /** Lifetime of a token in seconds. */
  ttlSeconds: number;
}

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Whom an access token names: the user, and the sign-in session whose revocation ends the token at once. */
export interface AccessTokenSubject {
  userId: string;
  sessionId: string;
}

/**
 * Signs an access token for a user's session. The token carries only the two ids: role, team and
 * partner are read from the database on every request, so a changed role, a deactivated account or
 * a revoked session applies at once.
 */
export function signAccessToken(subject: AccessTokenSubject, options: AccessTokenOptions, now: Date = new Date()): SignedAccessToken {
  const issuedAtSeconds = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAtSeconds + options.ttlSeconds;
  const token = jwt.sign({ iat: issuedAtSeconds, exp: expiresAtSeconds, sid: subject.sessionId }, options.secret, {
    algorithm: ALGORITHM,
    subject: subject.userId,
    issuer: ISSUER,
    audience: AUDIENCE,
  });

  return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
}

export type AccessTokenCheck = ({ ok: true } & AccessTokenSubject) | { ok: false; reason: 'expired' | 'invalid' };

/**
 * Verifies signature, algorithm, issuer, audience and expiry, and returns the user and session ids
 * the token names. A token without `exp`, `sub` or `sid` is invalid: jsonwebtoken checks `exp` only
 * when it is present, and such a token would never expire.
 */
export function verifyAccessToken(token: string, secret: string): AccessTokenCheck {
  try {
    const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
    if (
      typeof payload === 'string' ||
      typeof payload.exp !== 'number' ||
      !isNonEmptyString(payload.sub) ||
      !isNonEmptyString(payload.sid)
    ) {
      return { ok: false, reason: 'invalid' };
    }

    return { ok: true, userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      return { ok: false, reason: 'expired' };
    }
    if (error instanceof jwt.JsonWebTokenError) {
      return { ok: false, reason: 'invalid' };
    }

    throw error;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Returns the token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function readBearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');

  return match?.[1] ?? null;
}
