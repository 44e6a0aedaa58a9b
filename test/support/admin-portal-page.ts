import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@accord/db';
import { strings } from '../../admin-portal/src/strings';

export interface AdminPortalPageOptions {
  browser: Browser;
  /** Where the admin portal is served, such as `ServedPortal.url`. */
  portalUrl: string;
  /** A demo account, signed in with the demo password. */
  email: string;
  /** Start of the screenshot file name saved when the steps fail, such as the test file's name. */
  screenshotName: string;
}

/**
 * Runs `steps` on a fresh page of the admin portal signed in as `email`, after the landing page shows.
 * When a step fails, saves a full-page screenshot and names its file in the error.
 */
export async function withAdminPortalPage(options: AdminPortalPageOptions, steps: (page: Page) => Promise<void>): Promise<void> {
  const page = await options.browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await page.goto(options.portalUrl);
    await page.getByLabel(strings.kit.signIn.emailLabel).fill(options.email);
    await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
    await page.getByRole('heading', { name: strings.governance.heading }).waitFor();
    await steps(page);
  } catch (error) {
    const file = path.join(os.tmpdir(), `${options.screenshotName}-${Date.now()}.png`);
    const note = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${note}`, { cause: error });
  } finally {
    await page.close();
  }
}
