import { DEMO_PASSWORD, loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import { startApiServer, type ApiServer } from '../server';
import { seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { postGraphQL, signInDemo } from '../testing/graphql-client.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';
import type { RecordingLogger } from '../testing/recording-logger.fixture';

// Every component logger of the API services comes from `createLogger` of @accord/db. Here each one is
// a child of one recording logger, so the test reads every line the API writes. The recording logger
// has none of the production logger's redaction, so a line passes only if it never held the value.
jest.mock('@accord/db', () => {
  const actual = jest.requireActual<typeof import('@accord/db')>('@accord/db');
  const { createRecordingLogger } = jest.requireActual<typeof import('../testing/recording-logger.fixture')>('../testing/recording-logger.fixture');
  const recording = createRecordingLogger();

  return { ...actual, createLogger: (component: string) => recording.logger.child({ component }), recordingForTest: recording };
});

function recording(): RecordingLogger {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('@accord/db') as { recordingForTest: RecordingLogger }).recordingForTest;
}

const ADMIN_EMAIL = 'admin@accord.example';
const PARTNER_EMAIL = 'partner@northwind.example';
const WRONG_PASSWORD = 'wrong-password-k3v9';
const UNKNOWN_EMAIL = 'nobody.privacy.probe@example.com';
const LEAD = { email: 'ottilie.quandt.probe@example.com', firstName: 'Ottilie', lastName: 'Quandtprobe', phone: '+49 30 5550 1234' };
const INVALID_LEAD_EMAIL = 'hildegard.probe-at-example.com';
const IMPORT_ROW = { email: 'imported.privacy.probe@example.com', firstName: 'Wendelin', lastName: 'Importprobe' };
const FORGED_TOKEN = 'forged.privacy.probe.token';

let database: ThrowawayDatabase;
let server: ApiServer;
const issuedTokens: string[] = [];

beforeAll(async () => {
  database = await createThrowawayDatabase('api_log_privacy');
  await seedDemoOrganisation(database.dataSource);
  server = await startApiServer({
    config: { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }), httpPort: 0 },
    dataSource: database.dataSource,
    lifecycle: new RecordingLifecycle(),
    logger: recording().logger.child({ component: 'api' }),
  });

  const adminToken = await signInDemo(server.url, ADMIN_EMAIL);
  const partnerToken = await signInDemo(server.url, PARTNER_EMAIL);
  issuedTokens.push(adminToken, partnerToken);

  await postGraphQL(server.url, 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', {
    email: 'anna@accord.example',
    password: WRONG_PASSWORD,
  });
  await postGraphQL(server.url, 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', {
    email: UNKNOWN_EMAIL,
    password: WRONG_PASSWORD,
  });

  const createLead = 'mutation CreateLead($input: LeadInput!) { createLead(input: $input) { id } }';
  await postGraphQL(
    server.url,
    createLead,
    {
      input: { ...LEAD, company: 'Probe Freight', country: 'USA', industry: 'Transportation', title: 'COO', source: 'Partner Referral', employeeCount: 900, behaviourScore: 60 },
    },
    partnerToken,
  );
  await postGraphQL(server.url, createLead, { input: { email: INVALID_LEAD_EMAIL, firstName: 'Hildegard', source: 'Partner Referral' } }, partnerToken);

  // A syntax error and an unknown field whose messages quote the e-mail address.
  await postGraphQL(server.url, `mutation { signIn(email: "${UNKNOWN_EMAIL}", password: "${WRONG_PASSWORD}") { token `);
  await postGraphQL(server.url, `{ leads(filter: { email: "${LEAD.email}" }) { totalCount } }`, {}, adminToken);
  await postGraphQL(server.url, '{ me { id } }', {}, FORGED_TOKEN);

  const content = `email,first_name,last_name,source\n${IMPORT_ROW.email},${IMPORT_ROW.firstName},${IMPORT_ROW.lastName},Web\nbroken-${IMPORT_ROW.email.replace('@', '-')},Ian,Two,Web\n`;
  const started = await postGraphQL<{ importLeads: { id: string } }>(
    server.url,
    'mutation Import($input: ImportLeadsInput!) { importLeads(input: $input) { id } }',
    { input: { fileName: 'privacy-probe.csv', content } },
    adminToken,
  );
  const importJobId = started.data?.importLeads.id;
  let status: string | undefined;
  for (let attempt = 0; attempt < 500 && status !== 'COMPLETED' && status !== 'FAILED'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const job = await postGraphQL<{ importJob: { status: string } }>(server.url, 'query Job($id: ID!) { importJob(id: $id) { status } }', { id: importJobId }, adminToken);
    status = job.data?.importJob.status;
  }
  if (status !== 'COMPLETED') {
    throw new Error(`the import did not complete: status ${String(status)}`);
  }
  // Four sign-ins with argon2 password checks and an import can exceed jest's 5 s default on a busy machine.
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe('API log lines', () => {
  it('records the operations', () => {
    const messages = recording().parsedLines().map((line) => line.msg);

    expect(messages).toContain('User signed in.');
    expect(messages).toContain('Sign-in rejected.');
    expect(messages).toContain('GraphQL request rejected before execution.');
    expect(messages).toContain('Import started.');
    // One lead from createLead and one from the import.
    expect(messages.filter((message) => message === 'Lead created.')).toHaveLength(2);
  });

  it.each([
    ['an account e-mail address', ADMIN_EMAIL],
    ['a partner e-mail address', PARTNER_EMAIL],
    ['a rep e-mail address', 'anna@accord.example'],
    ['an unknown e-mail address', UNKNOWN_EMAIL],
    ['the demo password', DEMO_PASSWORD],
    ['a wrong password', WRONG_PASSWORD],
    ['a lead e-mail address', LEAD.email],
    ['a lead first name', LEAD.firstName],
    ['a lead last name', LEAD.lastName],
    ['a lead phone number', LEAD.phone],
    ['an invalid lead e-mail address', INVALID_LEAD_EMAIL],
    ['an imported e-mail address', IMPORT_ROW.email],
    ['an imported first name', IMPORT_ROW.firstName],
    ['an imported last name', IMPORT_ROW.lastName],
    ['a forged token', FORGED_TOKEN],
  ])('leave out %s', (_name, value) => {
    const leaking = recording().lines.filter((line) => line.includes(value));

    expect(leaking).toEqual([]);
  });

  it('leave out the issued tokens', () => {
    for (const token of issuedTokens) {
      expect(recording().lines.filter((line) => line.includes(token))).toEqual([]);
    }
  });
});
