import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

// The stub API rejects every GraphQL request as bad credentials, so the test needs no database or
// real API. The portal must show the UNAUTHENTICATED title and the server's message.
const REJECTION = {
  errors: [{ message: 'Invalid email or password.', extensions: { code: 'UNAUTHENTICATED' } }],
  data: null,
};

interface StubApi {
  url: string;
  requests: { path: string; body: string }[];
  stop(): Promise<void>;
}

async function startStubApi(): Promise<StubApi> {
  const requests: StubApi['requests'] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', body });
      response.writeHead(200, { 'content-type': 'application/graphql-response+json' });
      response.end(JSON.stringify(REJECTION));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('rep portal smoke test', () => {
  let stubApi: StubApi;
  let portal: ServedPortal;
  let browser: Browser;

  beforeAll(async () => {
    stubApi = await startStubApi();
    portal = await servePortal('rep-portal', stubApi.url);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await stubApi?.stop();
  });

  it('renders the sign-in form', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);

    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Email').getAttribute('type')).toBe('email');
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('serves index.html for a deep link', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${portal.url}/leads/some-lead-id`);

    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.close();
  });

  it('proxies sign-in and shows the API error', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);

    await page.getByLabel('Email').fill('rep@example.com');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('You are not signed in.');
    expect(await alert.textContent()).toContain('Invalid email or password.');

    const signIn = stubApi.requests.find((request) => request.body.includes('"operationName":"SignIn"'));
    expect(signIn?.path).toBe('/graphql');
    expect(JSON.parse(signIn?.body ?? '{}').variables).toEqual({
      email: 'rep@example.com',
      password: 'wrong password',
    });
    await page.close();
  });
});
