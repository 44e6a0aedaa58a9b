import { loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { MAX_REQUEST_BODY_BYTES, startApiServer, type ApiServer } from './server';
import { seedDemoOrganisation } from './testing/demo-organisation.fixture';
import { RecordingLifecycle } from './testing/recording-lifecycle.fixture';
import { createRecordingLogger, type RecordingLogger } from './testing/recording-logger.fixture';

/** Values a caller submits that must never reach a log line. */
const SECRET_PASSWORD = '12345678';
const SECRET_EMAIL = 'grace.hopper.secret@example.com';

const ERROR_LEVEL = 50;

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

interface ErrorBody {
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let database: ThrowawayDatabase;
let production: { server: ApiServer; log: RecordingLogger };
let development: { server: ApiServer; log: RecordingLogger };

async function startServer(nodeEnv: 'production' | 'development'): Promise<{ server: ApiServer; log: RecordingLogger }> {
  const log = createRecordingLogger();
  const config = { ...loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: 'request-errors-test-secret-0123456789abcdef' }), httpPort: 0 };
  const server = await startApiServer({ config, dataSource: database.dataSource, lifecycle: new RecordingLifecycle(), logger: log.logger });

  return { server, log };
}

beforeAll(async () => {
  database = await createThrowawayDatabase('api_request_errors');
  await seedDemoOrganisation(database.dataSource);
  production = await startServer('production');
  development = await startServer('development');
});

afterAll(async () => {
  await production?.server.stop();
  await development?.server.stop();
  await database.drop();
});

beforeEach(() => {
  production.log.lines.length = 0;
  development.log.lines.length = 0;
});

async function post(url: string, body: string): Promise<RawResponse> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

function errorsOf(response: RawResponse): NonNullable<ErrorBody['errors']> {
  return (JSON.parse(response.text) as ErrorBody).errors ?? [];
}

describe('malformed GraphQL requests', () => {
  const cases: { name: string; query: string; variables?: Record<string, unknown>; code: string; message: string; secret: string }[] = [
    {
      name: 'a syntax error',
      query: `mutation { signIn(email: "${SECRET_EMAIL}", password: "${SECRET_PASSWORD}") { token `,
      code: 'GRAPHQL_PARSE_FAILED',
      message: 'Syntax Error: Expected Name, found <EOF>.',
      secret: SECRET_EMAIL,
    },
    {
      name: 'an unknown field',
      query: `{ leads(filter: { email: "${SECRET_EMAIL}" }) { totalCount } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringContaining('Field "email" is not defined by type "LeadFilter".'),
      secret: SECRET_EMAIL,
    },
    {
      name: 'a wrong enum value',
      query: '{ leads(filter: { stage: [SECRET_STAGE] }) { totalCount } }',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Value "SECRET_STAGE" does not exist in "Stage" enum.',
      secret: 'SECRET_STAGE',
    },
    {
      name: 'a wrong enum value in a variable',
      query: 'query Leads($stage: [Stage!]) { leads(filter: { stage: $stage }) { totalCount } }',
      variables: { stage: ['SECRET_STAGE'] },
      code: 'BAD_USER_INPUT',
      message: 'Variable "$stage" got invalid value "SECRET_STAGE" at "stage[0]"; Value "SECRET_STAGE" does not exist in "Stage" enum.',
      secret: 'SECRET_STAGE',
    },
    {
      name: 'a wrong scalar type',
      query: `mutation { signIn(email: "${SECRET_EMAIL}", password: ${SECRET_PASSWORD}) { token } }`,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `String cannot represent a non string value: ${SECRET_PASSWORD}`,
      secret: SECRET_PASSWORD,
    },
    {
      name: 'a wrong scalar type in a variable',
      query: 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      variables: { email: SECRET_EMAIL, password: Number(SECRET_PASSWORD) },
      code: 'BAD_USER_INPUT',
      message: `Variable "$password" got invalid value ${SECRET_PASSWORD}; String cannot represent a non string value: ${SECRET_PASSWORD}`,
      secret: SECRET_PASSWORD,
    },
    {
      name: 'an Int overflow',
      query: '{ leads(first: 99999999999) { totalCount } }',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Int cannot represent non 32-bit signed integer value: 99999999999',
      secret: '99999999999',
    },
    {
      name: 'an Int overflow in a variable',
      query: 'query Leads($first: Int) { leads(first: $first) { totalCount } }',
      variables: { first: 99999999999 },
      code: 'BAD_USER_INPUT',
      message: 'Variable "$first" got invalid value 99999999999; Int cannot represent non 32-bit signed integer value: 99999999999',
      secret: '99999999999',
    },
    {
      name: 'a bad DateTime variable',
      query: 'mutation Create($input: LeadInput!) { createLead(input: $input) { id } }',
      variables: { input: { email: SECRET_EMAIL, source: 'Web', arrivedAt: 'secret-date-2026' } },
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('Variable "$input" got invalid value "secret-date-2026" at "input.arrivedAt"'),
      secret: 'secret-date-2026',
    },
    {
      name: 'introspection in production',
      query: '{ __schema { types { name } } }',
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringContaining('GraphQL introspection is not allowed'),
      secret: '__schema',
    },
  ];

  it.each(cases)('returns $code for $name', async ({ query, variables, code, message }) => {
    const response = await post(production.server.url, JSON.stringify({ query, variables: variables ?? {} }));

    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual([{ message, locations: expect.any(Array), extensions: { code } }]);
  });

  it.each(cases)('logs $name at debug level without the submitted value', async ({ query, variables, code, secret }) => {
    await post(production.server.url, JSON.stringify({ query, variables: variables ?? {} }));

    const lines = production.log.parsedLines();
    expect(lines.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 20, code, msg: 'GraphQL request rejected before execution.' }));
    expect(production.log.lines.join('\n')).not.toContain(secret);
  });

  it('returns no stack trace for a request error in development', async () => {
    const response = await post(development.server.url, JSON.stringify({ query: '{ me ' }));

    expect(errorsOf(response)[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});

describe('unreadable request bodies', () => {
  it.each([
    ['production', () => production],
    ['development', () => development],
  ])('answers malformed JSON with a JSON 400 in %s', async (_mode, running) => {
    const { server, log } = running();

    const response = await post(server.url, `{"query": "mutation { signIn(email: \\"${SECRET_EMAIL}\\"`);

    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/json');
    expect(errorsOf(response)).toEqual([{ message: expect.stringContaining('not valid JSON'), extensions: { code: 'BAD_REQUEST' } }]);
    expect(response.text).not.toContain('node_modules');
    expect(log.lines.join('\n')).not.toContain(SECRET_EMAIL);
  });

  it('answers a body over the limit with a JSON 413 that names the limit', async () => {
    const oversized = JSON.stringify({ query: 'mutation { importLeads }', variables: { content: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } });

    const response = await post(production.server.url, oversized);

    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/json');
    const [error] = errorsOf(response);
    expect(error?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(error?.message).toContain(`limit of ${MAX_REQUEST_BODY_BYTES} bytes`);
    expect(error?.message).toContain('Split the file');
  });
});
