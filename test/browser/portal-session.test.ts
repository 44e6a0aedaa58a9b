import type { Browser, Page } from 'playwright-core';
import { AuthSessionEntity, DEMO_PASSWORD, SessionRevokedReason } from '@accord/db';
import { strings } from '../../rep-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(120_000);

/** Short enough to outwait in a test; the portal must renew it without sending the user to sign-in. */
const ACCESS_TOKEN_TTL_SECONDS = 3;

interface StoredSession {
  token: string;
  expiresAt: string;
  refreshToken: string;
}

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('portal_session', {}, { accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS });
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(strings.kit.signIn.emailLabel).fill(email);
  await page.getByLabel(strings.kit.signIn.passwordLabel).fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/graphql')),
    page.getByRole('button', { name: strings.kit.signIn.submit }).click(),
  ]);
}

async function storedSession(page: Page): Promise<StoredSession> {
  const raw = await page.evaluate(() => window.sessionStorage.getItem('accord.session'));
  if (raw === null) {
    throw new Error('the portal stored no session');
  }

  return JSON.parse(raw) as StoredSession;
}

function sessionIdOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid: string };

  return payload.sid;
}

describe('portal session', () => {
  it('renews an expired access token without signing the user out', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    await submitSignIn(page, 'anna@accord.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
    const first = await storedSession(page);

    await page.waitForTimeout(Date.parse(first.expiresAt) - Date.now() + 1000);
    await page.reload();
    // The queue's first queries fail with the expired token, renew the session and are sent again.
    await page.waitForFunction(
      (previous) => JSON.parse(window.sessionStorage.getItem('accord.session') ?? '{}').refreshToken !== previous,
      first.refreshToken,
    );
    await page.waitForLoadState('networkidle');
    const renewed = await storedSession(page);

    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    expect(await page.getByRole('heading', { name: strings.queue.heading }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: strings.kit.signIn.heading }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('signs out through the API', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    await submitSignIn(page, 'ben@accord.example', DEMO_PASSWORD);
    await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
    const session = await storedSession(page);

    await page.getByRole('button', { name: strings.kit.shell.signOut }).click();
    await page.getByRole('heading', { name: strings.kit.signIn.heading }).waitFor();

    const row = await apiStack.stack.database.dataSource
      .getRepository(AuthSessionEntity)
      .findOneByOrFail({ id: sessionIdOf(session.token) });
    expect(row.revokedReason).toBe(SessionRevokedReason.SignedOut);
    await page.close();
  });

  it('shows the lockout message on the sign-in form', async () => {
    const page = await browser.newPage();
    await page.goto(portal.url);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await submitSignIn(page, 'chloe@accord.example', 'wrong password');
      await page.getByRole('alert').filter({ hasText: 'The e-mail address or password is incorrect.' }).waitFor();
    }

    await submitSignIn(page, 'chloe@accord.example', DEMO_PASSWORD);

    const alert = page.getByRole('alert').filter({ hasText: strings.kit.errors.titles.TOO_MANY_REQUESTS });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Too many failed sign-ins for this e-mail address. Try again in 15 minutes.');
    expect(await page.getByRole('heading', { name: strings.queue.heading }).count()).toBe(0);
    await page.close();
  });
});
