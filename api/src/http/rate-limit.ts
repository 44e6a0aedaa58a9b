import { createHash } from 'node:crypto';

import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/** Prefix of a partner API key: `acc_<publicId>_<secret>`. */
const API_KEY_PREFIX = 'acc_';
/** Buckets tracked before full ones are dropped, so random tokens cannot grow the map without bound. */
const MAX_TRACKED_BUCKETS = 50_000;

export interface RateLimitOptions {
  /** Requests per minute for one client IP address, which is also the burst size. */
  ipPerMinute: number;
  /** Requests per minute for one credential, which is also the burst size. */
  credentialPerMinute: number;
  logger: Logger;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** True from the first rejected request until the next accepted one, so a burst is logged once. */
  rejecting: boolean;
}

/**
 * A token bucket per key: each bucket holds up to `capacity` tokens, refills at `capacity` tokens a
 * minute, and each request takes one token.
 *
 * The buckets live in this process's memory. Accord runs a single API process, so that is the whole
 * count. With several API processes, each would allow the full rate, and the buckets would have to
 * move to a shared store such as PostgreSQL or Redis.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly capacity: number,
    private readonly now: () => number,
  ) {
    this.refillPerMs = capacity / 60_000;
  }

  /**
   * Takes one token for `key`. `retryAfterSeconds` is 0 when the request may proceed, and otherwise the
   * whole seconds until a token is available, at least 1. `firstRejection` is true for the first
   * rejected request after an accepted one.
   */
  take(key: string): { retryAfterSeconds: number; firstRejection: boolean } {
    const now = this.now();
    const bucket = this.refill(key, now);

    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.rejecting = false;

      return { retryAfterSeconds: 0, firstRejection: false };
    }

    const firstRejection = !bucket.rejecting;
    bucket.rejecting = true;
    // Whole milliseconds first, so floating-point noise such as 1000.0000001 ms does not add a second.
    const waitMs = Math.round((1 - bucket.tokens) / this.refillPerMs);
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));

    return { retryAfterSeconds, firstRejection };
  }

  /** Returns the bucket of `key` with the tokens refilled since its last use. */
  private refill(key: string, now: number): Bucket {
    const existing = this.buckets.get(key);
    if (existing === undefined) {
      if (this.buckets.size >= MAX_TRACKED_BUCKETS) {
        this.dropFullBuckets(now);
      }
      const bucket = { tokens: this.capacity, updatedAt: now, rejecting: false };
      this.buckets.set(key, bucket);

      return bucket;
    }

    const elapsed = Math.max(0, now - existing.updatedAt);
    existing.tokens = Math.min(this.capacity, existing.tokens + elapsed * this.refillPerMs);
    existing.updatedAt = now;

    return existing;
  }

  /**
   * Drops buckets that have refilled completely, which behave exactly like a new bucket. When every
   * bucket is still in use, the oldest ones go, which lets those callers start over with a full bucket.
   */
  private dropFullBuckets(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.capacity) {
        this.buckets.delete(key);
      }
    }
    const excess = this.buckets.size - MAX_TRACKED_BUCKETS / 2;
    if (excess > 0) {
      // A Map iterates in insertion order, so the first keys are the oldest buckets.
      const oldest = [...this.buckets.keys()].slice(0, excess);
      for (const key of oldest) {
        this.buckets.delete(key);
      }
    }
  }
}

/** The key of a credential's bucket, and the id that a log line may show for it. */
export interface CredentialKey {
  key: string;
  logId: Record<string, string>;
}

/**
 * Returns the bucket key of the `Authorization` header, or null without a bearer token. Every
 * bearer token, an API key `acc_<publicId>_<secret>` included, is counted by the SHA-256 hash of the
 * whole token: the limiter runs before authentication, so a bucket keyed by the public id alone would
 * let anyone with that id (it is not secret) exhaust the real key's bucket with wrong secrets.
 * Requests with made-up tokens still count against their IP address. The log line shows an API key's
 * public id, which identifies the key without its secret.
 */
export function credentialKeyOf(authorization: string | undefined): CredentialKey | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match === null) {
    return null;
  }
  const token = match[1] as string;
  const tokenHash = sha256(token);
  const publicId = token.startsWith(API_KEY_PREFIX) ? (token.slice(API_KEY_PREFIX.length).split('_')[0] ?? '') : '';
  const logId: Record<string, string> = { tokenHash: tokenHash.slice(0, 16) };
  if (publicId !== '') {
    logId.apiKeyPublicId = publicId;
  }

  return { key: `token:${tokenHash}`, logId };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Returns express middleware that limits requests per client IP (`req.ip`) and per credential before
 * the body is read. A rejected request gets HTTP 429 with a `Retry-After` header in whole seconds and
 * a GraphQL-shaped body with the code TOO_MANY_REQUESTS. The first rejection of a burst is logged
 * with the hashed IP address or the credential's id. A request rejected by its IP bucket takes no token
 * from its credential bucket.
 */
export function createRateLimit(options: RateLimitOptions): RequestHandler {
  const now = options.now ?? Date.now;
  const ipBuckets = new TokenBuckets(options.ipPerMinute, now);
  const credentialBuckets = new TokenBuckets(options.credentialPerMinute, now);

  return (request, response, next) => {
    const ip = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    const byIp = ipBuckets.take(ip);
    if (byIp.retryAfterSeconds > 0) {
      if (byIp.firstRejection) {
        options.logger.warn(
          { limit: 'ip', ipHash: sha256(ip).slice(0, 16), perMinute: options.ipPerMinute, retryAfterSeconds: byIp.retryAfterSeconds },
          'Rate limit reached: rejecting requests from this IP address with HTTP 429.',
        );
      }
      sendTooManyRequests(response, byIp.retryAfterSeconds, 'this IP address', options.ipPerMinute);

      return;
    }

    const credential = credentialKeyOf(request.headers.authorization);
    if (credential !== null) {
      const byCredential = credentialBuckets.take(credential.key);
      if (byCredential.retryAfterSeconds > 0) {
        if (byCredential.firstRejection) {
          options.logger.warn(
            {
              limit: 'credential',
              ...credential.logId,
              perMinute: options.credentialPerMinute,
              retryAfterSeconds: byCredential.retryAfterSeconds,
            },
            'Rate limit reached: rejecting requests with this credential with HTTP 429.',
          );
        }
        sendTooManyRequests(response, byCredential.retryAfterSeconds, 'this credential', options.credentialPerMinute);

        return;
      }
    }

    next();
  };
}

function sendTooManyRequests(
  response: Parameters<RequestHandler>[1],
  retryAfterSeconds: number,
  subject: string,
  perMinute: number,
): void {
  response
    .status(429)
    .set('Retry-After', String(retryAfterSeconds))
    .json({
      errors: [
        {
          message: `Too many requests: ${subject} may send ${perMinute} requests a minute. Retry after ${retryAfterSeconds} seconds.`,
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds },
        },
      ],
    });
}
