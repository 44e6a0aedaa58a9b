import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './organisation.entity';

/** The reason a sign-in session ended before its expiry. */
export enum SessionRevokedReason {
  /** The user signed out of this session. */
  SignedOut = 'SIGNED_OUT',
  /** The user signed out of every session. */
  SignedOutEverywhere = 'SIGNED_OUT_EVERYWHERE',
  /** A refresh token that had already been rotated was presented again, so it may have been stolen. */
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  /** An admin deactivated the user. */
  UserDeactivated = 'USER_DEACTIVATED',
}

/**
 * One sign-in session of a user. Its access tokens name it in their `sid` claim, and one refresh token
 * at a time renews them. The refresh token is stored only as its SHA-256 hash.
 */
@Entity({ name: 'auth_sessions' })
@Index('auth_sessions_user_id', ['userId'])
@Check(
  'auth_sessions_revoked_reason_check',
  `"revoked_reason" IN ('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'REFRESH_TOKEN_REUSED', 'USER_DEACTIVATED')`,
)
@Check('auth_sessions_revoked_check', `("revoked_at" IS NULL) = ("revoked_reason" IS NULL)`)
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'auth_sessions_user_id_fkey' })
  user?: UserEntity;

  /** SHA-256 (hex) of the current refresh token. */
  @Index('auth_sessions_refresh_token_hash', { unique: true })
  @Column({ name: 'refresh_token_hash', type: 'text' })
  refreshTokenHash!: string;

  /** Number of times the refresh token was rotated. */
  @Column({ name: 'rotation_count', type: 'integer', default: 0 })
  rotationCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The end of the session and of its refresh token, fixed at sign-in: refreshing does not extend it. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** The sign-in or the latest refresh. Requests that only use an access token do not update it. */
  @Column({ name: 'last_used_at', type: 'timestamptz' })
  lastUsedAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: SessionRevokedReason | null;
}

/**
 * A refresh token that was rotated out of its session. Presenting it again is a reuse, which revokes
 * the session. Rows are deleted with their session.
 */
@Entity({ name: 'auth_rotated_refresh_tokens' })
@Index('auth_rotated_refresh_tokens_session_id', ['sessionId'])
export class AuthRotatedRefreshTokenEntity {
  /** SHA-256 (hex) of the rotated refresh token. */
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => AuthSessionEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'auth_rotated_refresh_tokens_session_id_fkey' })
  session?: AuthSessionEntity;

  @Column({ name: 'rotated_at', type: 'timestamptz' })
  rotatedAt!: Date;
}

/**
 * One failed (or still running) password check. Rows count towards the lockout of the e-mail address
 * and the throttle of the client IP, and are deleted once they are older than the counting window.
 */
@Entity({ name: 'sign_in_failures' })
@Index('sign_in_failures_email_time', ['emailHash', 'attemptedAt'])
@Index('sign_in_failures_ip_time', ['clientIp', 'attemptedAt'])
@Index('sign_in_failures_time', ['attemptedAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 (hex) of the normalised e-mail address, so that no address is stored for unknown accounts. */
  @Column({ name: 'email_hash', type: 'text' })
  emailHash!: string;

  /** The client IP as the API read it; `unknown` when the connection had none. */
  @Column({ name: 'client_ip', type: 'text' })
  clientIp!: string;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}

/** The lockout state of one e-mail address, keyed like `sign_in_failures`. */
@Entity({ name: 'sign_in_lockouts' })
export class SignInLockoutEntity {
  /** SHA-256 (hex) of the normalised e-mail address. */
  @PrimaryColumn({ name: 'email_hash', type: 'text' })
  emailHash!: string;

  /** Failures before this instant do not count towards a lockout: set by a successful sign-in and by a lockout. */
  @Column({ name: 'failures_counted_since', type: 'timestamptz' })
  failuresCountedSince!: Date;

  /** Sign-ins are rejected without a password check until this instant. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
