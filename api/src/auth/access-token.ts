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

/**
 * Signs an access token for a user. The token carries only the user id: role, team and partner are
 * read from the database on every request, so a changed role or a deactivated account applies at once.
 */
export function signAccessToken(userId: string, options: AccessTokenOptions, now: Date = new Date()): SignedAccessToken {
  const issuedAtSeconds = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAtSeconds + options.ttlSeconds;
  const token = jwt.sign({ iat: issuedAtSeconds, exp: expiresAtSeconds }, options.secret, {
    algorithm: ALGORITHM,
    subject: userId,
    issuer: ISSUER,
    audience: AUDIENCE,
  });

  return { token, expiresAt: new Date(expiresAtSeconds * 1000) };
}

export type AccessTokenCheck = { ok: true; userId: string } | { ok: false; reason: 'expired' | 'invalid' };

/**
 * Verifies signature, algorithm, issuer, audience and expiry, and returns the user id the token names.
 * A token without `exp` or `sub` is invalid: jsonwebtoken checks `exp` only when it is present, and
 * such a token would never expire.
 */
export function verifyAccessToken(token: string, secret: string): AccessTokenCheck {
  try {
    const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
    if (typeof payload === 'string' || typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || payload.sub === '') {
      return { ok: false, reason: 'invalid' };
    }

    return { ok: true, userId: payload.sub };
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

/** Returns the token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function readBearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');

  return match?.[1] ?? null;
}
