import { loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { serverAudits, type Audit } from 'graphql-http';

import { startApiServer, type ApiServer } from '../server';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

/**
 * Warnings of graphql-http's server audits that the API keeps on purpose; docs/security.md gives the
 * reasons. Apollo Server 5 returns HTTP 400 for a parse, validation or variable coercion failure also when the
 * client accepts only application/json, where the GraphQL over HTTP draft recommends 200.
 */
const KEPT_WARNINGS: ReadonlySet<string> = new Set(['572B', 'FDE2', '7B9B']);

/**
 * Audits that send an introspection query (`__type`), which production rejects. In production they end
 * in error (BF61, 28B9) or in a warning (2EA1), as docs/security.md explains.
 */
const INTROSPECTION_AUDITS: ReadonlySet<string> = new Set(['BF61', '28B9', '2EA1']);

let database: ThrowawayDatabase;
let development: ApiServer;
let production: ApiServer;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_graphql_http');
  const start = (env: Record<string, string>) =>
    startApiServer({ config: { ...loadConfig(env), httpPort: 0 }, dataSource: database.dataSource, lifecycle: new RecordingLifecycle() });
  development = await start({ NODE_ENV: 'development' });
  production = await start({ NODE_ENV: 'production', JWT_SECRET: 'graphql-over-http-test-secret-0123456789abcdef' });
  // A throwaway database and two servers can exceed jest's 5 s default on a busy machine.
}, 60_000);

afterAll(async () => {
  await development?.stop();
  await production?.stop();
  await database?.drop();
});

// The URL is a function, because the audits are listed before beforeAll starts the servers.
const developmentAudits = serverAudits({ url: () => development.url });
const productionAudits = serverAudits({ url: () => production.url });

function describeAudit(audit: Audit): string {
  return `${audit.id} ${audit.name}`;
}

describe('GraphQL over HTTP audits in development', () => {
  it.each(developmentAudits.map((audit) => [describeAudit(audit), audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    const reason = result.status === 'ok' ? null : result.reason;

    expect({ status: result.status, reason }).not.toMatchObject({ status: 'error' });
    if (result.status === 'warn') {
      expect({ kept: KEPT_WARNINGS.has(audit.id), reason }).toEqual({ kept: true, reason });
    }
  });
});

describe('GraphQL over HTTP audits in production', () => {
  it.each(productionAudits.map((audit) => [describeAudit(audit), audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    const reason = result.status === 'ok' ? null : result.reason;

    if (INTROSPECTION_AUDITS.has(audit.id)) {
      expect({ status: result.status, reason }).toEqual({ status: expect.stringMatching(/^(error|warn)$/), reason: 'Response status code is not 200' });
    } else {
      expect({ status: result.status, reason }).not.toMatchObject({ status: 'error' });
    }
    if (result.status === 'warn' && !INTROSPECTION_AUDITS.has(audit.id)) {
      expect({ kept: KEPT_WARNINGS.has(audit.id), reason }).toEqual({ kept: true, reason });
    }
  });
});
