import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { AuditAction, AuthRotatedRefreshTokenEntity, AuthSessionEntity, SessionRevokedReason } from '@accord/db';
import type { Logger } from 'pino';
import { IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';

import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { AccordError } from '../errors/accord-error';
import { signAccessToken, type AccessTokenOptions, type SignedAccessToken } from './access-token';
import { revokeUserSessions } from './session-revocation';

export interface AuthSessionOptions {
  tokens: AccessTokenOptions;
  /** Lifetime of a session and its refresh tokens in seconds, counted from sign-in. */
  sessionTtlSeconds: number;
}

/** The tokens of a session after sign-in or refresh. */
export interface IssuedSession {
  sessionId: string;
  userId: string;
  accessToken: SignedAccessToken;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Sessions that expired longer ago than this, revoked or not, are deleted when their user signs in again. */
const ENDED_SESSION_RETENTION_MS = 30 * 24 * 3600 * 1000;

const REFRESH_TOKEN_BYTES = 32;

const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again.';
const INVALID_REFRESH_TOKEN_MESSAGE = 'The refresh token is invalid. Sign in again to get a new one.';
const REUSED_REFRESH_TOKEN_MESSAGE =
  'This refresh token was already used, so the session was ended in case the token was stolen. Sign in again.';

/** Returns the SHA-256 (hex) of a refresh token, the form in which the database stores it. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Returns a new refresh token: 256 random bits, base64url. */
function createRefreshToken(): string {
  return randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
}

type RotationOutcome =
  | { kind: 'rotated'; session: IssuedSession }
  | { kind: 'reused'; sessionId: string; userId: string }
  | { kind: 'rejected'; message: string };

/**
 * Creates, refreshes and revokes sign-in sessions. Each refresh rotates the refresh token: the
 * presented token stops working, and presenting it again revokes the whole session, because then two
 * parties hold tokens of one session and one of them may have stolen it.
 */
export class AuthSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: AuthSessionOptions,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The secret that signs and verifies access tokens. */
  get accessTokenSecret(): string {
    return this.options.tokens.secret;
  }

  /** Opens a session for a user who just proved their password, and deletes their long-ended sessions. */
  async create(userId: string): Promise<IssuedSession> {
    const now = this.clock();
    const refreshToken = createRefreshToken();
    const sessions = this.dataSource.getRepository(AuthSessionEntity);
    const session = sessions.create({
      id: randomUUID(),
      userId,
      refreshTokenHash: hashRefreshToken(refreshToken),
      rotationCount: 0,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.options.sessionTtlSeconds * 1000),
      lastUsedAt: now,
      revokedAt: null,
      revokedReason: null,
    });
    await sessions.insert(session);
    await sessions.delete({ userId, expiresAt: LessThan(new Date(now.getTime() - ENDED_SESSION_RETENTION_MS)) });

    return this.issue(session.id, userId, refreshToken, session.expiresAt, now);
  }

  /**
   * Rotates a refresh token and returns new tokens for its session. Throws UNAUTHENTICATED for an
   * unknown token, an ended session or a deactivated user, and for a reused token after revoking the session.
   */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const now = this.clock();
    const presentedHash = hashRefreshToken(refreshToken);

    const outcome = await this.dataSource.transaction((manager) => this.rotate(manager, presentedHash, now));
    if (outcome.kind === 'rotated') {
      this.logger.info({ userId: outcome.session.userId, sessionId: outcome.session.sessionId }, 'Session refreshed.');

      return outcome.session;
    }
    if (outcome.kind === 'rejected') {
      throw AccordError.unauthenticated(outcome.message);
    }

    await this.revokeReusedSession(outcome.sessionId, outcome.userId, now);
    throw AccordError.unauthenticated(REUSED_REFRESH_TOKEN_MESSAGE);
  }

  /** Revokes one session of the user, and returns false when it had already ended. */
  async signOut(userId: string, sessionId: string): Promise<boolean> {
    const now = this.clock();

    const revoked = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        AuthSessionEntity,
        { id: sessionId, userId, revokedAt: IsNull() },
        { revokedAt: now, revokedReason: SessionRevokedReason.SignedOut },
      );
      if (result.affected !== 1) {
        return false;
      }

      await recordAudit(manager, {
        action: AuditAction.SignedOut,
        actorId: userId,
        targetType: AuditTargetType.Session,
        targetId: sessionId,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString(), revokedReason: SessionRevokedReason.SignedOut },
        summary: 'Signed out of one session.',
      });

      return true;
    });
    this.logger.info({ userId, sessionId, revoked }, 'User signed out.');

    return revoked;
  }

  /** Revokes every open session of the user and returns how many were open. */
  async signOutEverywhere(userId: string): Promise<number> {
    const now = this.clock();

    const sessionIds = await this.dataSource.transaction(async (manager) => {
      const revoked = await revokeUserSessions(manager, userId, SessionRevokedReason.SignedOutEverywhere, now);
      await recordAudit(manager, {
        action: AuditAction.SignedOutEverywhere,
        actorId: userId,
        targetType: AuditTargetType.User,
        targetId: userId,
        before: null,
        after: { revokedSessionIds: revoked, revokedReason: SessionRevokedReason.SignedOutEverywhere },
        summary: `Signed out of every session (${revoked.length} open).`,
      });

      return revoked;
    });
    this.logger.info({ userId, sessionCount: sessionIds.length }, 'User signed out of every session.');

    return sessionIds.length;
  }

  private async rotate(manager: EntityManager, presentedHash: string, now: Date): Promise<RotationOutcome> {
    const refreshToken = createRefreshToken();
    const result = await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ refreshTokenHash: hashRefreshToken(refreshToken), rotationCount: () => 'rotation_count + 1', lastUsedAt: now })
      .where('refresh_token_hash = :presentedHash AND revoked_at IS NULL AND expires_at > :now', { presentedHash, now })
      .andWhere('user_id IN (SELECT id FROM users WHERE active)')
      .returning('id, user_id, expires_at')
      .execute();
    const [row] = result.raw as { id: string; user_id: string; expires_at: Date }[];

    if (row !== undefined) {
      await manager.insert(AuthRotatedRefreshTokenEntity, { tokenHash: presentedHash, sessionId: row.id, rotatedAt: now });
      await recordAudit(manager, {
        action: AuditAction.SessionRefreshed,
        actorId: row.user_id,
        targetType: AuditTargetType.Session,
        targetId: row.id,
        before: null,
        after: { lastUsedAt: now.toISOString() },
        summary: 'Refreshed a session and rotated its refresh token.',
      });

      return { kind: 'rotated', session: this.issue(row.id, row.user_id, refreshToken, new Date(row.expires_at), now) };
    }

    const rotated = await manager.findOne(AuthRotatedRefreshTokenEntity, {
      where: { tokenHash: presentedHash },
      relations: { session: true },
    });
    if (rotated?.session !== undefined) {
      return { kind: 'reused', sessionId: rotated.sessionId, userId: rotated.session.userId };
    }

    const current = await manager.existsBy(AuthSessionEntity, { refreshTokenHash: presentedHash });

    return { kind: 'rejected', message: current ? SESSION_ENDED_MESSAGE : INVALID_REFRESH_TOKEN_MESSAGE };
  }

  private async revokeReusedSession(sessionId: string, userId: string, now: Date): Promise<void> {
    const revoked = await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        AuthSessionEntity,
        { id: sessionId, revokedAt: IsNull() },
        { revokedAt: now, revokedReason: SessionRevokedReason.RefreshTokenReused },
      );
      if (result.affected !== 1) {
        return false;
      }

      await recordAudit(manager, {
        action: AuditAction.SessionRevoked,
        actorId: null,
        targetType: AuditTargetType.Session,
        targetId: sessionId,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString(), revokedReason: SessionRevokedReason.RefreshTokenReused },
        summary: 'Revoked a session because one of its rotated refresh tokens was used again.',
      });

      return true;
    });
    this.logger.warn({ userId, sessionId, revoked }, 'Rotated refresh token used again; the session is revoked.');
  }

  private issue(sessionId: string, userId: string, refreshToken: string, expiresAt: Date, now: Date): IssuedSession {
    // An access token never outlives its session.
    const secondsLeft = Math.max(1, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
    const ttlSeconds = Math.min(this.options.tokens.ttlSeconds, secondsLeft);
    const accessToken = signAccessToken({ userId, sessionId }, { ...this.options.tokens, ttlSeconds }, now);

    return { sessionId, userId, accessToken, refreshToken, refreshTokenExpiresAt: expiresAt };
  }
}
