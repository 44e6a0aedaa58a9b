import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, LeadEntity, StageTransitionEntity, UserEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import { strings } from '../../rep-portal/src/strings';
import { importRoutedLeads } from '../support/import-routed-leads';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const REJECT_REASON = { code: 'NO_FIT', label: 'No fit' };
// Enough presses to walk any queue of this test, so a selection that never arrives fails instead of looping.
const MAX_KEY_PRESSES = 12;

// Every row meets the inbound MQL thresholds with a fit score of 100 and a behaviour score of 80, and
// routes to the Americas pool. Its round robin over three reps gives each rep two of the six leads.
const HEADER = 'FIRSTNAME,LASTNAME,TITLE,COMPANY,EMAIL,PHONE,COUNTRY,INDUSTRY,ANNUALREVENUE,NUMBEROFEMPLOYEES,LEADSOURCE,RATING';
const ROWS = [
  'Ada,Quist,VP Operations,Alder Works,ada.quist@alder-works.example,(415) 555-0121,USA,Technology,150000000,1200,Web,Hot',
  'Bo,Reyes,CTO,Birch Labs,bo.reyes@birch-labs.example,(212) 555-0122,USA,Technology,150000000,1200,Web,Hot',
  'Cy,Stone,Head of IT,Cedar Grid,cy.stone@cedar-grid.example,(312) 555-0123,USA,Technology,150000000,1200,Web,Hot',
  'Di,Tran,VP Sales,Dogwood Data,di.tran@dogwood-data.example,(617) 555-0124,USA,Technology,150000000,1200,Web,Hot',
  'Ed,Urbe,COO,Elm Systems,ed.urbe@elm-systems.example,(503) 555-0125,USA,Technology,150000000,1200,Web,Hot',
  'Fay,Voss,CIO,Fir Analytics,fay.voss@fir-analytics.example,(303) 555-0126,USA,Technology,150000000,1200,Web,Hot',
];

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('rep_keyboard_queue');
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/** Saves a full-page screenshot when ACCORD_SCREENSHOT_DIR names a folder, for a person to look at. */
async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.ACCORD_SCREENSHOT_DIR;
  if (folder === undefined || folder === '') return;

  await page.screenshot({ path: path.join(folder, `rep-keyboard-queue-${name}.png`), fullPage: true });
}

/** Runs `steps` and, when they fail, saves a screenshot and names its path in the error. */
async function withScreenshotOnFailure(page: Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const file = path.join(os.tmpdir(), `rep-keyboard-queue-${Date.now()}.png`);
    const screenshotNote = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${screenshotNote}`, { cause: error });
  }
}

/**
 * Moves the queue selection to the row that names `leadName` with j and ↓ or k and ↑, and checks that the
 * grid points at that row and the live region announces it.
 */
async function selectWithKeyboard(page: Page, leadName: string): Promise<void> {
  const rows = page.locator('tbody tr');
  const selectedRow = page.locator('tr[aria-selected="true"]');

  for (let presses = 0; presses < MAX_KEY_PRESSES; presses += 1) {
    const texts = await rows.allTextContents();
    const target = texts.findIndex((text) => text.includes(leadName));
    const selected = await rows.evaluateAll((elements) => elements.findIndex((row) => row.getAttribute('aria-selected') === 'true'));
    expect(target).toBeGreaterThanOrEqual(0);
    if (target === selected) break;

    // Alternate the letter and the arrow key, so both bindings are used.
    const keys = target > selected ? ['j', 'ArrowDown'] : ['k', 'ArrowUp'];
    await page.keyboard.press(keys[presses % 2] ?? 'j');
  }

  expect(await selectedRow.textContent()).toContain(leadName);
  const grid = page.getByRole('grid', { name: strings.queue.caption });
  expect(await grid.getAttribute('aria-activedescendant')).toBe(await selectedRow.getAttribute('id'));
  await page.getByRole('status').filter({ hasText: leadName }).waitFor({ state: 'attached' });
}

describe('rep portal keyboard shortcuts', () => {
  it('accepts and rejects leads from the queue', async () => {
    const imported = await importRoutedLeads(apiStack, { fileName: 'keyboard-queue-leads.csv', header: HEADER, rows: ROWS });
    const ownerId = imported[0]?.ownerId ?? '';
    const owned = imported.filter((lead) => lead.ownerId === ownerId);
    expect(owned.length).toBeGreaterThanOrEqual(2);
    const [toAccept, toReject] = owned.map((lead) => ({ id: lead.id, name: `${lead.firstName} ${lead.lastName}` }));
    if (toAccept === undefined || toReject === undefined) throw new Error('The owner has fewer than two imported leads.');
    const owner = await apiStack.stack.database.dataSource.manager.findOneByOrFail(UserEntity, { id: ownerId });

    const page = await browser.newPage();
    await withScreenshotOnFailure(page, async () => {
      await page.goto(portal.url);
      await page.getByLabel(strings.kit.signIn.emailLabel).fill(owner.email);
      await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      await page.getByRole('row').filter({ hasText: toReject.name }).waitFor();
      await page.getByRole('row').filter({ hasText: toAccept.name }).waitFor();

      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: strings.shortcuts.heading }).waitFor();
      await saveScreenshot(page, 'help');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: strings.shortcuts.heading }).waitFor({ state: 'hidden' });

      await selectWithKeyboard(page, toAccept.name);
      await saveScreenshot(page, 'queue-selection');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: toAccept.name }).waitFor();

      await page.keyboard.press('a');
      await page.getByRole('status').filter({ hasText: strings.done.ACCEPT }).waitFor();
      await saveScreenshot(page, 'accepted');
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();

      await selectWithKeyboard(page, toReject.name);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: toReject.name }).waitFor();

      await page.keyboard.press('r');
      await page.getByRole('heading', { name: strings.rejectForm.heading }).waitFor();
      const reasonSelect = page.getByRole('combobox', { name: strings.rejectForm.reasonLabel });
      await expectFocused(reasonSelect);
      // The select is enabled once the reasons have loaded; arrow keys then step through its options.
      await waitFor(
        () => reasonSelect.isEnabled(),
        (enabled) => enabled,
        10_000,
        'the reason select to load its options',
      );
      for (let presses = 0; presses < MAX_KEY_PRESSES && (await reasonSelect.inputValue()) !== REJECT_REASON.code; presses += 1) {
        await page.keyboard.press('ArrowDown');
      }
      expect(await reasonSelect.inputValue()).toBe(REJECT_REASON.code);
      await saveScreenshot(page, 'reject-form');

      await page.keyboard.press('Tab');
      await expectFocused(page.getByRole('textbox', { name: strings.rejectForm.noteLabel }));
      await page.keyboard.press('Tab');
      await expectFocused(page.getByRole('button', { name: strings.rejectForm.submit }));
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: strings.done.REJECT(REJECT_REASON.label) })
        .waitFor();
      await page.getByRole('row').filter({ hasText: toAccept.name }).waitFor();
      expect(await page.getByRole('row').filter({ hasText: toReject.name }).count()).toBe(0);
      await saveScreenshot(page, 'after-reject');
    });
    await page.close();

    const manager = apiStack.stack.database.dataSource.manager;
    const accepted = await manager.findOneByOrFail(LeadEntity, { id: toAccept.id });
    expect(accepted.stage).toBe(Stage.Sal);
    const rejected = await manager.findOneByOrFail(LeadEntity, { id: toReject.id });
    expect(rejected.stage).toBe(Stage.Rejected);
    expect(rejected.reasonCode).toBe(REJECT_REASON.code);

    const acceptTransitions = await manager.findBy(StageTransitionEntity, {
      leadId: toAccept.id,
      fromStage: Stage.Mql,
      toStage: Stage.Sal,
    });
    expect(acceptTransitions).toHaveLength(1);
    expect(acceptTransitions[0]?.actorId).toBe(owner.id);

    const rejectTransitions = await manager.findBy(StageTransitionEntity, {
      leadId: toReject.id,
      fromStage: Stage.Mql,
      toStage: Stage.Rejected,
    });
    expect(rejectTransitions).toHaveLength(1);
    expect(rejectTransitions[0]?.actorId).toBe(owner.id);
    expect(rejectTransitions[0]?.reasonCode).toBe(REJECT_REASON.code);
  });
});

async function expectFocused(locator: ReturnType<Page['locator']>): Promise<void> {
  await waitFor(
    () => locator.evaluate((element) => element === document.activeElement),
    (focused) => focused,
    5_000,
    'the element to have focus',
  );
}
