import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, LeadEntity, StageTransitionEntity, UserEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import { strings } from '../../rep-portal/src/strings';
import { importRoutedLeads } from '../support/import-routed-leads';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(120_000);

const REASON_CODE = 'NO_FIT';
const REASON_LABEL = 'No fit';

// Every row meets the inbound MQL thresholds of fit 60 and intent 40. Technology, over 1,000 employees,
// over $100M revenue, source Web, country USA and a phone give the maximum fit score of 100, and the Salesforce
// rating Hot becomes a behaviour score of 80.
const HEADER = 'FIRSTNAME,LASTNAME,TITLE,COMPANY,EMAIL,PHONE,COUNTRY,INDUSTRY,ANNUALREVENUE,NUMBEROFEMPLOYEES,LEADSOURCE,RATING';
const ROWS = [
  'Lena,Park,VP Operations,Harbor Robotics,lena.park@harbor-robotics.example,(415) 555-0101,USA,Technology,150000000,1200,Web,Hot',
  'Omar,Reyes,CTO,Larkspur Analytics,omar.reyes@larkspur-analytics.example,(212) 555-0102,USA,Technology,150000000,1200,Web,Hot',
  'Ines,Wolfe,Head of IT,Quarry Systems,ines.wolfe@quarry-systems.example,(312) 555-0103,USA,Technology,150000000,1200,Web,Hot',
];
const FIRST_LEAD = { name: 'Lena Park', company: 'Harbor Robotics', email: 'lena.park@harbor-robotics.example' };

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('rep_rejects_lead');
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/** Runs `steps` and, when they fail, saves a screenshot and names its path in the error. */
async function withScreenshotOnFailure(page: Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const file = path.join(os.tmpdir(), `rep-rejects-lead-${Date.now()}.png`);
    const screenshotNote = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${screenshotNote}`, { cause: error });
  }
}

describe('rep portal reject flow', () => {
  it('rejects an imported MQL lead from the queue', async () => {
    const imported = await importRoutedLeads(apiStack, { fileName: 'mql-leads.csv', header: HEADER, rows: ROWS });
    const lead = imported.find((row) => row.email === FIRST_LEAD.email);
    expect(lead?.stage).toBe(Stage.Mql);
    const leadId = lead?.id ?? '';
    const owner = await apiStack.stack.database.dataSource.manager.findOneByOrFail(UserEntity, { id: lead?.ownerId ?? '' });

    const page = await browser.newPage();
    await withScreenshotOnFailure(page, async () => {
      await page.goto(portal.url);
      await page.getByLabel(strings.kit.signIn.emailLabel).fill(owner.email);
      await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: strings.kit.signIn.submit }).click();

      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      const queueRow = page.getByRole('row').filter({ hasText: FIRST_LEAD.company });
      await queueRow.getByRole('link', { name: FIRST_LEAD.name }).click();

      await page.getByRole('heading', { name: FIRST_LEAD.name }).waitFor();
      await page.getByRole('button', { name: strings.action.REJECT.label }).click();
      await page.getByLabel(strings.rejectForm.reasonLabel).selectOption(REASON_CODE);
      await page.getByRole('button', { name: strings.rejectForm.submit }).click();

      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: strings.done.REJECT(REASON_LABEL) })
        .waitFor();
      await page.getByRole('table').or(page.getByText(strings.queue.empty)).waitFor();
      expect(await queueRow.count()).toBe(0);
    });
    await page.close();

    const rejected = await apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id: leadId });
    expect(rejected.stage).toBe(Stage.Rejected);
    expect(rejected.reasonCode).toBe(REASON_CODE);

    const transitions = await apiStack.stack.database.dataSource.manager.findBy(StageTransitionEntity, {
      leadId,
      fromStage: Stage.Mql,
      toStage: Stage.Rejected,
    });
    expect(transitions).toHaveLength(1);
    expect(transitions[0]?.actorId).toBe(owner.id);
    expect(transitions[0]?.reasonCode).toBe(REASON_CODE);
  });
});
