import type { Browser, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_PASSWORD } from '@accord/db';
import { strings } from '../../admin-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(180_000);

const FEED = `{ partnerLeadChanges(first: 1) { hasNextPage } }`;
const KEY_NAME = 'Browser test key';
const labels = strings.apiKeys;

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('admin_manages_api_keys');
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('admin-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(portal.url);
  await page.getByLabel(strings.kit.signIn.emailLabel).fill(DEMO_ADMIN.email);
  await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
  await page.getByRole('heading', { name: strings.governance.heading }).waitFor();
}

async function createKey(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: strings.kit.shell.navigationLabel }).getByRole('link', { name: strings.navigation.apiKeys }).click();
  await page.getByRole('heading', { name: labels.heading, level: 1 }).waitFor();
  await page.getByRole('button', { name: labels.createKey }).click();

  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(labels.createDialog.name).fill(KEY_NAME);
  await dialog.getByRole('button', { name: labels.createDialog.create }).click();

  await dialog.getByRole('alert').filter({ hasText: labels.createDialog.shownOnce }).waitFor();
  const key = await dialog.getByLabel(labels.createDialog.key).inputValue();
  await dialog.getByRole('button', { name: labels.createDialog.copy }).click();
  await dialog.getByRole('button', { name: labels.createDialog.copied }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await dialog.getByRole('button', { name: labels.createDialog.done }).click();

  return key;
}

describe('Partner API keys page', () => {
  it('creates a key that works and revokes it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await signIn(page);

    const key = await createKey(page);
    expect(key).toMatch(/^acc_[a-z2-7]{16}_[A-Za-z0-9_-]{43}$/);
    const row = page.getByRole('row').filter({ hasText: KEY_NAME });
    await row.getByText(labels.neverUsed).waitFor();

    const accepted = await apiStack.graphql(FEED, {}, key);
    expect(accepted.errors).toBeUndefined();

    await page.reload();
    await page.getByRole('row').filter({ hasText: KEY_NAME }).getByText(labels.status.active).waitFor();
    expect(await page.getByRole('row').filter({ hasText: KEY_NAME }).getByText(labels.neverUsed).count()).toBe(0);

    await page.getByRole('button', { name: labels.revokeKey(KEY_NAME) }).click();
    await page.getByRole('dialog').getByRole('button', { name: labels.revokeDialog.confirm }).click();
    await page.getByRole('status').filter({ hasText: labels.messages.revoked(KEY_NAME) }).first().waitFor();

    const refused = await apiStack.graphql(FEED, {}, key);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(/revoked/);
    await context.close();
  });
});
