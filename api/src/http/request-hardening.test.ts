import { loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { LeadResolver } from '../lead/lead.resolver';
import { QUERY_LIMITS } from '../schema/query-limits';
import { startApiServer, type ApiServer } from '../server';
import { seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { signInDemo } from '../testing/graphql-client.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

interface RawResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const JWT_SECRET = 'request-hardening-test-secret-0123456789abcdef';

let database: ThrowawayDatabase;
let development: ApiServer;
let production: ApiServer;
let developmentToken: string;
let productionToken: string;
let leadsResolver: jest.SpyInstance;

beforeAll(async () => {
  database = await createThrowawayDatabase('api_request_hardening');
  await seedDemoOrganisation(database.dataSource);
  const start = (nodeEnv: 'development' | 'production') =>
    startApiServer({
      config: { ...loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET }), httpPort: 0 },
      dataSource: database.dataSource,
      lifecycle: new RecordingLifecycle(),
    });
  development = await start('development');
  production = await start('production');
  developmentToken = await signInDemo(development.url, 'admin@accord.example');
  productionToken = await signInDemo(production.url, 'admin@accord.example');
  // A throwaway database, two servers and two argon2 sign-ins can exceed jest's 5 s default on a busy machine.
}, 60_000);

afterAll(async () => {
  await development?.stop();
  await production?.stop();
  await database?.drop();
});

beforeEach(() => {
  leadsResolver = jest.spyOn(LeadResolver.prototype, 'leads');
});

afterEach(() => {
  leadsResolver.mockRestore();
});

async function post(server: ApiServer, body: unknown, token: string | null, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  return { status: response.status, body: (await response.json()) as RawResponse['body'] };
}

/** Selections that nest `levels` times below a lead's owner, through the cycle of User.team and Team.manager. */
function nestedOwner(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) {
    selection = level % 2 === 0 ? `team { ${selection} }` : `manager { ${selection} }`;
  }

  return `owner { ${selection} }`;
}

/** Depth 12 as graphql-armor counts it: leads, edges, node, owner, seven levels of team and manager, and id. */
const TOO_DEEP_SELECTION = `leads { edges { node { ${nestedOwner(7)} } } }`;
const PAGE_OF_LEADS = 'leads(first: 100) { totalCount edges { cursor node { id email fullName company country industry title source stage slaState slaDueAt createdAt owner { id name } } } }';

describe('query limits on the server', () => {
  it('runs a query within the limits', async () => {
    const response = await post(development, { query: `{ ${PAGE_OF_LEADS} }` }, developmentToken);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(leadsResolver).toHaveBeenCalledTimes(1);
  });

  const rejections: { name: string; query: string; code: string; message: string }[] = [
    { name: 'a deep query', query: `{ ${TOO_DEEP_SELECTION} }`, code: 'GRAPHQL_VALIDATION_FAILED', message: `Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found 12.` },
    { name: 'a deep query in an operation named __schema', query: `query __schema { ${TOO_DEEP_SELECTION} }`, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Query depth limit' },
    { name: 'a deep query in an operation named __type', query: `query __type { ${TOO_DEEP_SELECTION} }`, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Query depth limit' },
    {
      name: 'a deep query in a fragment named __schema',
      query: `query Leads { leads { ...__schema } } fragment __schema on LeadConnection { edges { node { ${nestedOwner(7)} } } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Query depth limit',
    },
    { name: 'a deep query under the alias __schema', query: `{ __schema: ${TOO_DEEP_SELECTION} }`, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Query depth limit' },
    { name: 'a shallow operation named __schema', query: 'query __schema { leads { totalCount } }', code: 'GRAPHQL_VALIDATION_FAILED', message: 'The operation name "__schema" is reserved for introspection.' },
    {
      name: 'too many aliases',
      query: `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `page${index}: leads { totalCount }`).join(' ')} }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${QUERY_LIMITS.maxAliases + 1}.`,
    },
    {
      name: 'too many directives',
      query: `{ leads { ${'totalCount @skip(if: false) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded, found ${QUERY_LIMITS.maxDirectives + 1}.`,
    },
    {
      name: 'too many tokens',
      query: `{ leads { ${'totalCount '.repeat(QUERY_LIMITS.maxTokens)} } }`,
      code: 'GRAPHQL_PARSE_FAILED',
      // graphql-js 16 spells the message "more that", so only its end is compared.
      message: `${QUERY_LIMITS.maxTokens} tokens. Parsing aborted.`,
    },
    {
      // Each fragment spreads the one before twice, so the query expands to 2 to the 25th selections.
      name: 'a fragment that expands exponentially',
      query: `query Bomb { leads { edges { node { owner { ...F25 } } } } } fragment F0 on User { id } ${Array.from({ length: 25 }, (_, index) => `fragment F${index + 1} on User { ...F${index} ...F${index} }`).join(' ')}`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Operation "Bomb" recursively requests too many selections.',
    },
    { name: 'too high a cost', query: `{ first: ${PAGE_OF_LEADS} second: ${PAGE_OF_LEADS} }`, code: 'GRAPHQL_VALIDATION_FAILED', message: `Query Cost limit of ${QUERY_LIMITS.maxCost} exceeded` },
  ];

  it.each(rejections)('rejects $name before any resolver runs', async ({ query, code, message }) => {
    const response = await post(development, { query }, developmentToken);

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.body.errors?.map((error) => error.message).join(' ')).toContain(message);
    expect(leadsResolver).not.toHaveBeenCalled();
  });

  it('rejects a deep query in production', async () => {
    const response = await post(production, { query: `query __schema { ${TOO_DEEP_SELECTION} }` }, productionToken);

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('Query depth limit');
    expect(leadsResolver).not.toHaveBeenCalled();
  });
});

describe('production mode', () => {
  it('rejects introspection', async () => {
    const response = await post(production, { query: '{ __schema { queryType { name } } }' }, productionToken);

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('introspection');
  });

  it('allows introspection in development', async () => {
    const response = await post(development, { query: '{ __schema { queryType { name } } }' }, developmentToken);

    expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('hides field suggestions', async () => {
    const response = await post(production, { query: '{ lead { id } leadz { totalCount } }' }, productionToken);
    const messages = response.body.errors?.map((error) => error.message) ?? [];

    expect(messages).toContain('Cannot query field "leadz" on type "Query".');
    expect(messages.join(' ')).not.toContain('Did you mean');
  });

  it('hides enum value suggestions in variables', async () => {
    const response = await post(
      production,
      { query: 'query Leads($stage: [Stage!]) { leads(filter: { stage: $stage }) { totalCount } }', variables: { stage: ['MQX'] } },
      productionToken,
    );
    const message = response.body.errors?.[0]?.message ?? '';

    expect(message).toContain('Value "MQX" does not exist in "Stage" enum.');
    expect(message).not.toContain('Did you mean');
  });

  it('keeps suggestions in development', async () => {
    const response = await post(development, { query: '{ leadz { totalCount } }' }, developmentToken);

    expect(response.body.errors?.[0]?.message).toContain('Did you mean "lead", "leads"');
  });

  it('returns no stack trace', async () => {
    const response = await post(production, { query: '{ leadz { totalCount } }' }, productionToken);

    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('CSRF prevention', () => {
  it('rejects a text/plain POST', async () => {
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${productionToken}` },
      body: JSON.stringify({ query: '{ leads { totalCount } }' }),
    });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).toContain('CSRF');
    expect(leadsResolver).not.toHaveBeenCalled();
  });

  it('rejects a GET query without a preflight header', async () => {
    const response = await fetch(`${production.url}?query=${encodeURIComponent('{ leads { totalCount } }')}`, {
      headers: { authorization: `Bearer ${productionToken}` },
    });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).toContain('apollo-require-preflight');
    expect(leadsResolver).not.toHaveBeenCalled();
  });

  it('runs a GET query with the preflight header', async () => {
    const response = await fetch(`${production.url}?query=${encodeURIComponent('{ leads { totalCount } }')}`, {
      headers: { authorization: `Bearer ${productionToken}`, 'apollo-require-preflight': 'true' },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { leads: { totalCount: 0 } } });
  });
});

describe('batched requests', () => {
  it('rejects a JSON array of operations', async () => {
    const response = await post(production, [{ query: '{ leads { totalCount } }' }, { query: '{ me { id } }' }], productionToken);

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('Batched requests are not supported: the body is a JSON array of 2 operations.');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(leadsResolver).not.toHaveBeenCalled();
  });
});
