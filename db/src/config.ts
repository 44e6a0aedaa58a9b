import { randomBytes } from 'node:crypto';

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
  /** Seconds between the API's background refreshes of the KPI fact table; 0 turns them off. */
  kpiRefreshIntervalSeconds: number;
  logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
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
    accessTokenTtlSeconds: readInteger(env, 'ACCESS_TOKEN_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    kpiRefreshIntervalSeconds: readInteger(env, 'KPI_REFRESH_INTERVAL_SECONDS', 60, 0, 24 * 3600),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
