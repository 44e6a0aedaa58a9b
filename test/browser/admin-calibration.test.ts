import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MARKETING_OPS, DEMO_TEAMS } from '@accord/db';
import { strings } from '../../admin-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { withAdminPortalPage } from '../support/admin-portal-page';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(180_000);

/** Decided inbound leads whose acceptance follows logistic(0.08 · (fit − 70)), so a threshold proposal exists. */
const LEAD_COUNT = 1500;
const MANAGER_EMAIL = DEMO_TEAMS[0]?.manager.email ?? '';

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('admin_calibration');
  const { dataSource } = apiStack.stack.database;
  await dataSource.query(
    `INSERT INTO leads (email, email_normalized, motion, stage, fit_score, behaviour_score, score_breakdown, routing_trace,
                        governance_version, arrived_at)
     SELECT 'calibration' || n || '@example.com', 'calibration' || n || '@example.com', 'INBOUND',
            CASE WHEN ((n * 7919) % 1000) / 1000.0 < 1 / (1 + exp(-0.08 * ((n * 37) % 101 - 70))) THEN 'SAL' ELSE 'REJECTED' END,
            (n * 37) % 101, 40 + (n * 53) % 61, '[]', '[]', 1, now() - (1 + n % 90) * interval '1 day'
       FROM generate_series(1, $1::int) AS n`,
    [LEAD_COUNT],
  );
  await dataSource.query(
    `INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, governance_version, occurred_at, idempotency_key)
     SELECT id, 'LEAD', 'MQL', 'SYSTEM', 1, arrived_at, id || '-mql' FROM leads WHERE email LIKE 'calibration%'
     UNION ALL
     SELECT id, 'MQL', stage, 'USER', 1, arrived_at + interval '1 hour', id || '-decision' FROM leads WHERE email LIKE 'calibration%'`,
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
  return withAdminPortalPage({ browser, portalUrl: portal.url, email, screenshotName: 'admin-calibration' }, steps);
}

describe('admin portal calibration page', () => {
  it('creates a draft from a proposal', async () => {
    await withSignedInPage(DEMO_MARKETING_OPS.email, async (page) => {
      await page.getByRole('navigation', { name: strings.kit.shell.navigationLabel }).getByRole('link', { name: strings.navigation.calibration }).click();
      await page.getByRole('heading', { name: strings.calibration.qualityHeading }).waitFor();
      await page.getByLabel(strings.calibration.motion).selectOption('OUTBOUND');
      await page.getByRole('button', { name: strings.calibration.run }).click();
      await page.getByText(strings.calibration.currentThresholds(50, 20)).waitFor();
      await page.getByLabel(strings.calibration.motion).selectOption('INBOUND');
      await page.getByRole('button', { name: strings.calibration.run }).click();
      await page.getByText(strings.calibration.currentThresholds(60, 40)).waitFor();
      await page.getByRole('table', { name: strings.calibration.calibrationCaption(strings.calibration.outcome.ACCEPTANCE ?? '') }).waitFor();
      await page.getByText('raise the fit threshold from 60 to', { exact: false }).waitFor();
      if (process.env.ACCORD_SCREENSHOT_DIR !== undefined) {
        await page.screenshot({ path: path.join(process.env.ACCORD_SCREENSHOT_DIR, 'calibration.png'), fullPage: true });
      }

      await page.getByRole('button', { name: strings.calibration.createDraftFor(strings.calibration.proposalKind.THRESHOLDS ?? '') }).click();
      await page.getByRole('heading', { name: strings.editor.heading(2) }).waitFor();

      expect(new URL(page.url()).pathname).toMatch(/^\/governance\/versions\/2(\/|$)/);
    });
  });

  it('tells a manager the page is not theirs', async () => {
    await withSignedInPage(MANAGER_EMAIL, async (page) => {
      await page.goto(`${portal.url}/governance/calibration`);
      await page.getByText(strings.calibration.forbidden).waitFor();

      expect(await page.getByRole('button', { name: strings.calibration.createDraft }).count()).toBe(0);
    });
  });
});
