import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Process configuration, read once at start-up from the environment and validated. Every variable is
 * listed with its default in `.env.example` at the repository root.
 */
export interface AccordConfig {
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  /** Interface the API listens on: loopback by default, 0.0.0.0 inside a container. */
  httpHost: string;
  httpPort: number;
  /** Secret that signs access tokens; required when NODE_ENV is production. */
  jwtSecret: string;
  /** Lifetime of an access token in seconds. */
  accessTokenTtlSeconds: number;
  /** Lifetime of a sign-in session and its refresh tokens in seconds, counted from sign-in. */
  sessionTtlSeconds: number;
  /**
   * Express's `trust proxy` setting, which decides whether the client IP is read from X-Forwarded-For:
   * false (use the connection's address), a number of proxy hops, or a list of proxy addresses and subnets.
   */
  trustProxy: TrustProxySetting;
  /** Seconds between the API's background refreshes of the KPI fact table; 0 turns them off. */
  kpiRefreshIntervalSeconds: number;
  /**
   * Key of a calendar in the published governance model. Its business days decide the first business
   * day of the monthly governance review. Null means the first team's calendar.
   */
  governanceReviewCalendarKey: string | null;
  logLevel: string;
  /** Requests per minute that one client IP address may send to /graphql (token bucket, burst of the same size). */
  rateLimitIpPerMinute: number;
  /** Requests per minute that one credential (API key or bearer token) may send to /graphql. */
  rateLimitCredentialPerMinute: number;
  /**
   * Hours in which a partner's second submission of the same normalised e-mail returns the first
   * lead instead of CONFLICT, so a partner that retries does not see an error.
   */
  partnerDuplicateWindowHours: number;
}

export type TrustProxySetting = false | number | string[];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const MAX_PROXY_HOPS = 10;

/** The subnet names that express's `trust proxy` accepts besides addresses. */
const TRUST_PROXY_NAMES: ReadonlySet<string> = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUST_PROXY: unset or empty trusts no proxy, a whole number trusts that many hops, and a
 * comma-separated list trusts those addresses, subnets (`10.0.0.0/8`) or names (`loopback`).
 * `true` is rejected because it would let any client set its own IP with X-Forwarded-For.
 */
function readTrustProxy(env: NodeJS.ProcessEnv): TrustProxySetting {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false') {
    return false;
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_PROXY_HOPS) {
      throw new ConfigError(`TRUST_PROXY "${raw}" is invalid; set a number of proxy hops from 0 to ${MAX_PROXY_HOPS}, or a list of proxy addresses.`);
    }

    return hops;
  }

  const entries = raw.split(',').map((entry) => entry.trim());
  const invalid = entries.find((entry) => !TRUST_PROXY_NAMES.has(entry) && isIP(entry.replace(/\/\d{1,3}$/, '')) === 0);
  if (invalid !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY "${raw}" is invalid at "${invalid}"; set a number of proxy hops, or a comma-separated list of proxy addresses, subnets such as 10.0.0.0/8, or loopback, linklocal, uniquelocal.`,
    );
  }

  return entries;
}


function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} "${raw}" is invalid; set a whole number from ${min} to ${max}.`);
  }

  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AccordConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV "${nodeEnv}" is invalid; set development, production or test.`);
  }

  const jwtSecret = env.JWT_SECRET ?? '';
  if (nodeEnv === 'production' && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET is missing or shorter than 32 characters; set a long random value in production.');
  }

  const accessTokenTtlSeconds = readInteger(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 60, 7 * 24 * 3600);
  const sessionTtlSeconds = readInteger(env, 'SESSION_TTL_SECONDS', 30 * 24 * 3600, 300, 365 * 24 * 3600);
  if (sessionTtlSeconds < accessTokenTtlSeconds) {
    throw new ConfigError(
      `SESSION_TTL_SECONDS "${sessionTtlSeconds}" is shorter than ACCESS_TOKEN_TTL_SECONDS "${accessTokenTtlSeconds}"; set it to at least the access-token lifetime.`,
    );
  }

  return {
    nodeEnv,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/accord',
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    httpHost: env.HTTP_HOST ?? '127.0.0.1',
    httpPort: readInteger(env, 'HTTP_PORT', 4000, 1, 65535),
    // Without JWT_SECRET outside production, each process signs with a random secret of its own, so
    // no published default can forge a token. Tokens then last only until the API restarts.
    jwtSecret: jwtSecret === '' ? randomBytes(32).toString('hex') : jwtSecret,
    accessTokenTtlSeconds,
    sessionTtlSeconds,
    trustProxy: readTrustProxy(env),
    kpiRefreshIntervalSeconds: readInteger(env, 'KPI_REFRESH_INTERVAL_SECONDS', 60, 0, 24 * 3600),
    governanceReviewCalendarKey: env.GOVERNANCE_REVIEW_CALENDAR?.trim() || null,
    logLevel: env.LOG_LEVEL ?? 'info',
    // Tests send hundreds of requests a minute from one address, so their defaults are higher. The
    // rate limit tests set small values themselves.
    rateLimitIpPerMinute: readInteger(env, 'RATE_LIMIT_IP_PER_MINUTE', nodeEnv === 'test' ? 100_000 : 600, 1, 1_000_000),
    rateLimitCredentialPerMinute: readInteger(
      env,
      'RATE_LIMIT_CREDENTIAL_PER_MINUTE',
      nodeEnv === 'test' ? 100_000 : 300,
      1,
      1_000_000,
    ),
    partnerDuplicateWindowHours: readInteger(env, 'PARTNER_DUPLICATE_WINDOW_HOURS', 24, 0, 24 * 365),
  };
}
