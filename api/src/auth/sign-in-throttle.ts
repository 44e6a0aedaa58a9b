import { createHash } from 'node:crypto';

import { SignInFailureEntity, SignInLockoutEntity } from '@accord/db';
import type { Logger } from 'pino';
import { LessThanOrEqual, MoreThan, type DataSource } from 'typeorm';

import { AccordError } from '../errors/accord-error';

/** The limits on failed sign-ins. Failures count within a sliding window. */
export interface SignInLimits {
  windowSeconds: number;
  /** Failed password checks for one e-mail address within the window that lock the address. */
  maxFailuresPerEmail: number;
  lockoutSeconds: number;
  /** Failed sign-ins from one client IP within the window; the next one is rejected until the oldest leaves the window. */
  maxFailuresPerIp: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowSeconds: 15 * 60,
  maxFailuresPerEmail: 5,
  lockoutSeconds: 15 * 60,
  maxFailuresPerIp: 20,
};

/** A password check in progress, already stored as a failure until `succeed` removes it. */
export interface SignInAttempt {
  id: string;
  emailHash: string;
  /** Failures of the e-mail address that count towards its lockout, this attempt included. */
  emailFailures: number;
}

/** Returns the SHA-256 (hex) of a normalised e-mail address, the key of its failures and lockout. */
export function hashEmail(normalizedEmail: string): string {
  return createHash('sha256').update(normalizedEmail, 'utf8').digest('hex');
}

/**
 * Locks an e-mail address after repeated failed sign-ins and throttles client IPs, with the counts
 * kept in PostgreSQL so that they hold across API processes and restarts. Unknown addresses are
 * counted and locked like known ones, so the responses do not reveal which accounts exist.
 *
 * Each attempt is stored as a failure before the password is checked and counted after it is stored,
 * so concurrent attempts cannot all see a count below the limit: the n-th stored attempt counts at
 * least n. Attempts rejected as locked or throttled are not stored, because no password was checked.
 */
export class SignInThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {}

  /** Stores the attempt, or throws TOO_MANY_REQUESTS when the address is locked or the IP throttled. */
  async begin(emailHash: string, clientIp: string, now: Date): Promise<SignInAttempt> {
    const lockout = await this.dataSource.getRepository(SignInLockoutEntity).findOneBy({ emailHash });
    if (lockout !== null && lockout.lockedUntil !== null && lockout.lockedUntil > now) {
      throw lockedError(secondsBetween(now, lockout.lockedUntil));
    }
    await this.rejectThrottledIp(clientIp, now, 0);

    const failures = this.dataSource.getRepository(SignInFailureEntity);
    const stored = await failures.save(failures.create({ emailHash, clientIp, attemptedAt: now }));

    try {
      await this.rejectThrottledIp(clientIp, now, 1);

      const countedSince = laterOf(this.windowStart(now), lockout?.failuresCountedSince ?? null);
      const emailFailures = await failures.countBy({ emailHash, attemptedAt: MoreThan(countedSince) });
      if (emailFailures > this.limits.maxFailuresPerEmail) {
        // A concurrent attempt reached the limit first and is locking the address.
        throw lockedError(this.limits.lockoutSeconds);
      }

      return { id: stored.id, emailHash, emailFailures };
    } catch (error) {
      await failures.delete({ id: stored.id });
      throw error;
    }
  }

  /** Removes the attempt and restarts the address's count, so earlier failures no longer lead to a lockout. */
  async succeed(attempt: SignInAttempt, now: Date): Promise<void> {
    await this.dataSource.getRepository(SignInFailureEntity).delete({ id: attempt.id });
    if (attempt.emailFailures > 1) {
      await this.dataSource
        .getRepository(SignInLockoutEntity)
        .upsert({ emailHash: attempt.emailHash, failuresCountedSince: now, lockedUntil: null }, ['emailHash']);
    }
  }

  /** Keeps the attempt as a failure and locks the address when it reached the limit. `userId` is only logged. */
  async fail(attempt: SignInAttempt, now: Date, userId: string | null): Promise<void> {
    if (attempt.emailFailures >= this.limits.maxFailuresPerEmail) {
      const lockedUntil = new Date(now.getTime() + this.limits.lockoutSeconds * 1000);
      await this.dataSource
        .getRepository(SignInLockoutEntity)
        .upsert({ emailHash: attempt.emailHash, failuresCountedSince: now, lockedUntil }, ['emailHash']);
      this.logger.warn({ userId, failures: attempt.emailFailures, lockedUntil }, 'E-mail address locked after repeated failed sign-ins.');
    }

    await this.purge(now);
  }

  /** Throws TOO_MANY_REQUESTS when the IP's failures in the window, less `own` just stored, reached the limit. */
  private async rejectThrottledIp(clientIp: string, now: Date, own: number): Promise<void> {
    const failures = await this.dataSource.getRepository(SignInFailureEntity).find({
      select: { attemptedAt: true },
      where: { clientIp, attemptedAt: MoreThan(this.windowStart(now)) },
      order: { attemptedAt: 'DESC' },
      take: this.limits.maxFailuresPerIp + own,
    });
    if (failures.length - own < this.limits.maxFailuresPerIp) {
      return;
    }

    // Another attempt is allowed once the limit-th newest failure (the own attempt not counted) leaves the window.
    const deciding = failures[this.limits.maxFailuresPerIp - 1 + own]?.attemptedAt ?? now;
    const retryAt = new Date(deciding.getTime() + this.limits.windowSeconds * 1000);
    this.logger.warn({ clientIpHash: hashClientIp(clientIp), retryAt }, 'Sign-in rejected: too many failed sign-ins from this client IP.');
    throw AccordError.tooManyRequests(
      `Too many failed sign-ins from your network. ${describeRetry(secondsBetween(now, retryAt))}`,
      secondsBetween(now, retryAt),
    );
  }

  /** Deletes failures that left the window and lockout states that no longer change a count. */
  private async purge(now: Date): Promise<void> {
    const windowStart = this.windowStart(now);
    await this.dataSource.getRepository(SignInFailureEntity).delete({ attemptedAt: LessThanOrEqual(windowStart) });
    await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(SignInLockoutEntity)
      .where('(locked_until IS NULL OR locked_until <= :now) AND failures_counted_since <= :windowStart', { now, windowStart })
      .execute();
  }

  private windowStart(now: Date): Date {
    return new Date(now.getTime() - this.limits.windowSeconds * 1000);
  }
}

function lockedError(retryAfterSeconds: number): AccordError {
  return AccordError.tooManyRequests(
    `Too many failed sign-ins for this e-mail address. ${describeRetry(retryAfterSeconds)}`,
    retryAfterSeconds,
  );
}

/** Returns "Try again in 15 minutes." or, under a minute, "Try again in 40 seconds." */
export function describeRetry(retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  if (seconds < 60) {
    return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  }

  const minutes = Math.ceil(seconds / 60);

  return `Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000));
}

function laterOf(first: Date, second: Date | null): Date {
  return second !== null && second > first ? second : first;
}

/** Returns a short hash of a client IP, so log lines identify a client without storing its address. */
function hashClientIp(clientIp: string): string {
  return createHash('sha256').update(clientIp).digest('hex').slice(0, 16);
}
