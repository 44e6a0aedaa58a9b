import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { IsNull } from 'typeorm';
import { DEMO_PASSWORD, ImportStatus, LeadEntity, NotificationEntity, SlaEventEntity, SlaEventKind, UserEntity } from '@accord/db';
import { EscalationAction, Role } from '@accord/governance';
import { strings } from '../../rep-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';
import { openAllTeamCalendars, withAcceptanceSlaSeconds } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const MANAGER_EMAIL = 'manager.americas@accord.example';
// Short enough to breach while the test waits, long enough for the lead to be routed and armed first.
const ACCEPTANCE_SLA_SECONDS = 3;
const REASSIGN_REASON = 'Owner is on a customer visit all day';

// One row that meets the inbound MQL thresholds (fit 100, behaviour 80) and routes to the Americas pool.
const HEADER = 'FIRSTNAME,LASTNAME,TITLE,COMPANY,EMAIL,PHONE,COUNTRY,INDUSTRY,ANNUALREVENUE,NUMBEROFEMPLOYEES,LEADSOURCE,RATING';
const ROW = 'Gil,Moss,VP Operations,Granite Freight,gil.moss@granite-freight.example,(415) 555-0131,USA,Technology,150000000,1200,Web,Hot';
const LEAD = { name: 'Gil Moss', company: 'Granite Freight' };

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  // The ladder only notifies the manager, so the breached lead keeps its owner until the manager acts.
  apiStack = await startApiStack('manager_reassigns_breach', {
    adjustModel: withAcceptanceSlaSeconds(ACCEPTANCE_SLA_SECONDS, [{ action: EscalationAction.NotifyManager, delaySeconds: 0 }]),
  });
  await openAllTeamCalendars(apiStack.stack.database.dataSource);
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/** Imports the row and waits until its acceptance SLA has breached. */
async function importBreachedLead(): Promise<LeadEntity> {
  const { completion } = await apiStack.api.services.leadImports.start(null, {
    fileName: 'breaching-lead.csv',
    content: [HEADER, ROW].join('\n'),
    preset: 'salesforce-data-loader',
  });
  const job = await completion;
  expect(job.status).toBe(ImportStatus.Completed);

  const dataSource = apiStack.stack.database.dataSource;
  const [lead] = await waitFor(
    () => dataSource.getRepository(LeadEntity).findBy({ importJobId: job.id }),
    (rows) => rows.length === 1 && rows[0]?.ownerId !== null,
    30_000,
    'the imported lead to be routed to an owner',
  );
  if (lead === undefined) throw new Error('The import created no lead.');

  await waitFor(
    () => dataSource.getRepository(SlaEventEntity).countBy({ leadId: lead.id, kind: SlaEventKind.Breached }),
    (count) => count > 0,
    30_000,
    'the acceptance SLA to breach',
  );

  return lead;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(portal.url);
  await page.getByLabel(strings.kit.signIn.emailLabel).fill(email);
  await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
}

/** Saves a full-page screenshot when ACCORD_SCREENSHOT_DIR names a folder, for a person to look at. */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.ACCORD_SCREENSHOT_DIR;
  if (folder === undefined || folder === '') return;

  await page.screenshot({ path: path.join(folder, `manager-reassigns-breach-${name}.png`), fullPage: true });
}

/** Runs `steps` and, when they fail, saves a screenshot and names its path in the error. */
async function withScreenshotOnFailure(page: Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const file = path.join(os.tmpdir(), `manager-reassigns-breach-${Date.now()}.png`);
    const screenshotNote = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${screenshotNote}`, { cause: error });
  }
}

describe('manager breach reassignment', () => {
  it('reassigns a breached lead to another rep', async () => {
    const lead = await importBreachedLead();
    const manager = apiStack.stack.database.dataSource.manager;
    const oldOwner = await manager.findOneByOrFail(UserEntity, { id: lead.ownerId ?? '' });
    const teamReps = await manager.findBy(UserEntity, { teamId: oldOwner.teamId ?? '', role: Role.Rep, active: true });
    const newOwner = teamReps.find((rep) => rep.id !== oldOwner.id);
    if (newOwner === undefined) throw new Error(`The team of ${oldOwner.email} has no other active rep.`);

    const managerPage = await browser.newPage();
    await withScreenshotOnFailure(managerPage, async () => {
      await signIn(managerPage, MANAGER_EMAIL);
      await managerPage.getByRole('heading', { name: strings.team.heading }).waitFor();
      await managerPage.getByRole('tab', { name: strings.team.tabs.breaches }).click();

      const breachRow = managerPage.getByRole('row').filter({ hasText: LEAD.name });
      await breachRow.waitFor();
      expect(await breachRow.textContent()).toContain(oldOwner.name);
      expect(await breachRow.textContent()).toContain(strings.slaState.BREACHED);
      await saveScreenshot(managerPage, 'breaches');

      await breachRow.getByRole('button', { name: strings.reassign.openFor(LEAD.name) }).click();
      const dialog = managerPage.getByRole('dialog', { name: strings.reassign.headingFor(LEAD.name) });
      await dialog.waitFor();
      const ownerSelect = dialog.getByRole('combobox', { name: strings.reassign.ownerLabel });
      await waitFor(() => ownerSelect.isEnabled(), (enabled) => enabled, 10_000, 'the team members to load');
      expect(await ownerSelect.locator('option', { hasText: oldOwner.name }).count()).toBe(0);
      await ownerSelect.selectOption(newOwner.id);
      await dialog.getByRole('textbox', { name: strings.reassign.reasonLabel }).fill(REASSIGN_REASON);
      await saveScreenshot(managerPage, 'reassign-dialog');
      await dialog.getByRole('button', { name: strings.reassign.submit }).click();

      await managerPage.getByRole('status').filter({ hasText: strings.reassign.done(LEAD.name, newOwner.name) }).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await managerPage.getByRole('row').filter({ hasText: LEAD.name }).filter({ hasText: newOwner.name }).waitFor();
    });
    await managerPage.close();

    const reassigned = await manager.findOneByOrFail(LeadEntity, { id: lead.id });
    expect(reassigned.ownerId).toBe(newOwner.id);
    const reassignedEvents = await manager.findBy(SlaEventEntity, { leadId: lead.id, kind: SlaEventKind.Reassigned });
    expect(reassignedEvents).toHaveLength(1);
    expect(reassignedEvents[0]?.ownerId).toBe(newOwner.id);
    expect(reassignedEvents[0]?.detail).toContain(REASSIGN_REASON);

    const oldOwnerToken = await apiStack.signIn(oldOwner.email);
    const oldQueue = await apiStack.graphql<{ myQueue: { id: string }[] }>('query { myQueue { id } }', {}, oldOwnerToken);
    expect(oldQueue.errors).toBeUndefined();
    expect(oldQueue.data?.myQueue.map((queued) => queued.id)).not.toContain(lead.id);

    // Each page has its own browser context, so the rep's session does not replace the manager's.
    const repContext = await browser.newContext();
    const repPage = await repContext.newPage();
    await withScreenshotOnFailure(repPage, async () => {
      await signIn(repPage, newOwner.email);
      await repPage.getByRole('heading', { name: strings.queue.heading }).waitFor();
      await repPage.getByRole('row').filter({ hasText: LEAD.company }).getByRole('link', { name: LEAD.name }).waitFor();

      const bell = repPage.getByRole('button', { name: /^Notifications, \d+ unread$/ });
      await bell.click();
      const panel = repPage.getByRole('region', { name: strings.notifications.panelLabel });
      await panel.getByRole('link', { name: strings.notifications.openLead(LEAD.name) }).first().waitFor();
      await saveScreenshot(repPage, 'rep-queue-notifications');
      await panel.getByRole('button', { name: strings.notifications.markAllRead }).click();
      await repPage.getByRole('button', { name: strings.notifications.bellLabel(0, '0') }).waitFor();
    });
    await repContext.close();

    const unread = await manager.countBy(NotificationEntity, { recipientId: newOwner.id, leadId: lead.id, readAt: IsNull() });
    expect(unread).toBe(0);
  });
});
