import { AuthSessionEntity, UserEntity } from '@accord/db';
import { normalizeEmail } from '@accord/governance';
import { hash, verify } from '@node-rs/argon2';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import type { AuthFailure } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { looksLikeApiKey } from './api-key-format';
import { readBearerToken, verifyAccessToken } from './access-token';
import type { AuthSessionService, IssuedSession } from './auth-session.service';
import { ALL_API_KEY_SCOPES, isRole, type Caller } from './caller';
import { isUuid } from './is-uuid';
import { hashEmail, type SignInThrottle } from './sign-in-throttle';

export interface SignInResult extends IssuedSession {
  user: UserEntity;
}

export interface CallerResolution {
  caller: Caller | null;
  /** The sign-in session of the access token; null without a caller. */
  sessionId: string | null;
  authFailure: AuthFailure | null;
}

/** Stored for failures whose connection had no client address, so that they still count together. */
const UNKNOWN_CLIENT_IP = 'unknown';

const SIGN_IN_FAILED_MESSAGE = 'The e-mail address or password is incorrect.';

/** Signs users in with a password, refreshes and ends their sessions, and turns bearer tokens back into callers. */
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures take as long as a real check. */
  private placeholderHash: Promise<string> | null = null;
  private readonly apiKeys: ApiKeyAuthenticator;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: AuthSessionService,
    private readonly throttle: SignInThrottle,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.apiKeys = new ApiKeyAuthenticator(dataSource, logger);
  }

  /**
   * Opens a session for an active user whose argon2 password hash matches. Throws UNAUTHENTICATED
   * otherwise, and TOO_MANY_REQUESTS while the e-mail address is locked or the client IP throttled,
   * even when the password is correct.
   */
  async signIn(email: string, password: string, clientIp: string | null): Promise<SignInResult> {
    const normalizedEmail = normalizeEmail(email);
    const attempt = await this.throttle.begin(hashEmail(normalizedEmail), clientIp ?? UNKNOWN_CLIENT_IP, this.clock());

    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalizedEmail });
    const passwordHash = user?.passwordHash ?? (await this.getPlaceholderHash());
    const passwordMatches = await verify(passwordHash, password).catch(() => false);

    if (user === null || user.passwordHash === null || !user.active || !passwordMatches) {
      await this.throttle.fail(attempt, this.clock(), user?.id ?? null);
      this.logger.info({ userId: user?.id ?? null }, 'Sign-in rejected.');
      throw AccordError.unauthenticated(SIGN_IN_FAILED_MESSAGE);
    }

    await this.throttle.succeed(attempt, this.clock());
    const session = await this.sessions.create(user.id);
    this.logger.info({ userId: user.id, sessionId: session.sessionId }, 'User signed in.');

    return { ...session, user };
  }

  /** Rotates a refresh token and returns the session's new tokens with its user. */
  async refreshSession(refreshToken: string): Promise<SignInResult> {
    const session = await this.sessions.refresh(refreshToken);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (user === null) {
      throw AccordError.unauthenticated('This account no longer exists.');
    }

    return { ...session, user };
  }

  /**
   * Revokes the session of the request's access token, so the token stops working at once. Returns
   * false when the session had already ended. A credential without a session cannot sign out.
   */
  async signOut(caller: Caller, sessionId: string | null): Promise<boolean> {
    if (sessionId === null) {
      throw AccordError.conflict('This request was not made with a sign-in session, so there is no session to sign out of.');
    }

    return this.sessions.signOut(caller.id, sessionId);
  }

  /** Revokes every open session of the caller and returns how many there were. */
  async signOutEverywhere(caller: Caller): Promise<number> {
    return this.sessions.signOutEverywhere(caller.id);
  }

  /**
   * Reads the caller of a request from its Authorization header: an access token from `signIn` or a
   * partner API key (`acc_…`). A request without the header is anonymous. An access token's session
   * and user are read with one query by the session's primary key.
   */
  async resolveCaller(authorization: string | undefined): Promise<CallerResolution> {
    const token = readBearerToken(authorization);
    if (token === null) {
      return rejected(authorization === undefined ? null : 'invalid');
    }
    if (looksLikeApiKey(token)) {
      return { ...(await this.apiKeys.resolve(token)), sessionId: null };
    }

    const check = verifyAccessToken(token, this.sessions.accessTokenSecret);
    if (!check.ok) {
      return rejected(check.reason);
    }
    if (!isUuid(check.userId) || !isUuid(check.sessionId)) {
      return rejected('invalid');
    }

    const session = await this.dataSource
      .getRepository(AuthSessionEntity)
      .findOne({ where: { id: check.sessionId }, relations: { user: true } });
    if (session === null || session.userId !== check.userId) {
      return rejected('invalid');
    }
    if (session.revokedAt !== null) {
      return rejected('revoked');
    }
    if (session.expiresAt <= this.clock()) {
      return rejected('expired');
    }

    const user = session.user;
    if (user === undefined || !user.active || !isRole(user.role)) {
      return rejected('inactive');
    }

    return {
      caller: { id: user.id, role: user.role, teamId: user.teamId, partnerId: user.partnerId, apiKeyId: null, scopes: ALL_API_KEY_SCOPES },
      sessionId: session.id,
      authFailure: null,
    };
  }

  private getPlaceholderHash(): Promise<string> {
    this.placeholderHash ??= hash('placeholder password that no account has');

    return this.placeholderHash;
  }
}

function rejected(authFailure: AuthFailure | null): CallerResolution {
  return { caller: null, sessionId: null, authFailure };
}
