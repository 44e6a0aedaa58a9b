import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_TEAMS } from '@accord/db';
import { previousMonth } from '@accord/governance';
import { strings } from '../../admin-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { withAdminPortalPage } from '../support/admin-portal-page';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(180_000);

const MANAGER_EMAIL = DEMO_TEAMS[0]?.manager.email ?? '';
const labels = strings.reviews;

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;
let month: string;

beforeAll(async () => {
  apiStack = await startApiStack('admin_monthly_review');
  const { dataSource } = apiStack.stack.database;
  month = previousMonth(new Date().toISOString().slice(0, 7));
  // One SQL lead open for 30 days, past the 5-business-day disposition window, so the pack lists a stuck lead.
  await dataSource.query(
    `INSERT INTO leads (email, email_normalized, company, motion, stage, score_breakdown, routing_trace, governance_version, arrived_at, sla_state)
     VALUES ('stuck@harbor.example', 'stuck@harbor.example', 'Harbor Freight', 'INBOUND', 'SQL', '[]', '[]', 1, now() - interval '30 days', 'BREACHED')`,
  );

  portal = await servePortal('admin-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/** Runs `steps` on a fresh admin portal page signed in as `email`. */
function withSignedInPage(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
  return withAdminPortalPage({ browser, portalUrl: portal.url, email, screenshotName: 'admin-monthly-review' }, steps);
}

describe('admin portal monthly review page', () => {
  it('runs, shows and signs off a review', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.getByRole('navigation', { name: strings.kit.shell.navigationLabel }).getByRole('link', { name: strings.navigation.monthlyReview }).click();
      await page.getByText(labels.empty).waitFor();

      await page.getByLabel(labels.runMonth).fill(month);
      await page.getByRole('button', { name: labels.runButton }).click();
      await page.getByRole('heading', { name: labels.detailHeading(month) }).waitFor();

      for (const heading of [labels.kpiHeading, labels.slaHeading, labels.reasonsHeading, labels.stuckHeading, labels.calibrationHeading]) {
        await page.getByRole('heading', { name: heading }).waitFor();
      }
      await page.getByRole('row', { name: /MQL→SAL rate/ }).waitFor();
      const stuckLink = page.getByRole('link', { name: labels.findLead('Harbor Freight') });
      await stuckLink.waitFor();
      expect(await stuckLink.getAttribute('href')).toBe('/leads?search=Harbor%20Freight');
      await page.getByRole('link', { name: labels.calibrationLink }).waitFor();
      if (process.env.ACCORD_SCREENSHOT_DIR !== undefined) {
        await page.screenshot({ path: path.join(process.env.ACCORD_SCREENSHOT_DIR, 'monthly-review.png'), fullPage: true });
      }

      await page.getByLabel(labels.comment).fill('Breaches are down; thresholds stay.');
      await page.getByRole('button', { name: labels.signOffButton }).click();
      await page.getByText(new RegExp(`^Signed off by ${DEMO_ADMIN.name} on `)).waitFor();
      await page.getByText('Breaches are down; thresholds stay.').waitFor();

      await page.getByRole('link', { name: labels.back }).click();
      await page.getByRole('link', { name: labels.open(month) }).waitFor();
      await page.getByText(labels.status.SIGNED_OFF ?? '', { exact: true }).waitFor();
    });
  });

  it('opens the leads search from a stuck lead', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/governance/reviews`);
      await page.getByRole('link', { name: labels.open(month) }).click();
      await page.getByRole('link', { name: labels.findLead('Harbor Freight') }).click();
      await page.getByRole('heading', { name: strings.leads.heading }).waitFor();

      expect(await page.getByLabel(strings.leads.searchLabel).inputValue()).toBe('Harbor Freight');
    });
  });

  it('tells a manager the page is not theirs', async () => {
    await withSignedInPage(MANAGER_EMAIL, async (page) => {
      await page.goto(`${portal.url}/governance/reviews`);
      await page.getByText(labels.forbidden).waitFor();

      expect(await page.getByRole('button', { name: labels.runButton }).count()).toBe(0);
    });
  });
});
