import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_TEAMS } from '@accord/db';
import { strings } from '../../admin-portal/src/strings';
import { EDITOR_SECTIONS } from '../../admin-portal/src/draft-editor/editor-sections';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { withAdminPortalPage } from '../support/admin-portal-page';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(180_000);

// Set ACCORD_SCREENSHOT_DIR to keep a full-page screenshot of every page these tests visit.
const SCREENSHOT_DIR = process.env.ACCORD_SCREENSHOT_DIR;

const DRAFT_VERSION = 2;
const MANAGER_EMAIL = DEMO_TEAMS[0]?.manager.email ?? '';
const TEAM_LABEL = DEMO_TEAMS[0]?.label ?? '';

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('admin_governance_pages');
  portal = await servePortal('admin-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
  if (SCREENSHOT_DIR !== undefined) mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

async function capture(page: Page, name: string): Promise<void> {
  if (SCREENSHOT_DIR === undefined) return;

  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs `steps` on a fresh admin portal page signed in as `email`. */
function withSignedInPage(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
  return withAdminPortalPage({ browser, portalUrl: portal.url, email, screenshotName: 'admin-governance-pages' }, steps);
}

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: strings.kit.shell.navigationLabel });
}

async function openEditorSection(page: Page, section: (typeof EDITOR_SECTIONS)[number]): Promise<void> {
  await page
    .getByRole('navigation', { name: strings.editor.sectionsLabel(DRAFT_VERSION) })
    .getByRole('link', { name: strings.editor.sections[section] })
    .click();
}

describe('admin portal governance pages', () => {
  it('creates a draft and shows every editor section', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await capture(page, 'governance');
      await mainNavigation(page).getByRole('link', { name: strings.navigation.versions }).click();
      await page.getByRole('button', { name: strings.versions.createDraft }).click();
      await page.getByRole('heading', { name: strings.editor.heading(DRAFT_VERSION) }).waitFor();

      for (const section of EDITOR_SECTIONS) {
        await openEditorSection(page, section);
        expect(await page.getByRole('link', { name: strings.editor.sections[section] }).getAttribute('aria-current')).toBe('page');
        await capture(page, `editor-${section}`);
      }
      await page.getByText(strings.editor.problems.none).waitFor();

      await mainNavigation(page).getByRole('link', { name: strings.navigation.versions }).click();
      await page.getByRole('row', { name: strings.versions.versionLabel(DRAFT_VERSION) }).waitFor();
      await capture(page, 'versions');
    });
  });

  it('checks entry criteria while the admin edits', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/governance/versions/${DRAFT_VERSION}/stages`);
      await page.getByRole('button', { name: strings.stage.MQL, exact: true }).click();
      const criteria = page.getByRole('region', { name: strings.stagesEditor.entryCriteria });
      await criteria.getByRole('button', { name: strings.conditions.addCondition }).first().click();

      const added = criteria.locator('.condition-child').last();
      await added.getByLabel(strings.conditions.operator).selectOption('in');
      const problem = page
        .getByRole('list', { name: strings.editor.problems.listLabel })
        .getByText('stages[1].entryCriteria.all[2].values')
        .first();
      await problem.waitFor();
      await capture(page, 'editor-problems');

      await added.getByLabel(strings.conditions.values).fill('DE, FR, GB');
      await problem.waitFor({ state: 'detached' });
      await criteria.getByText('country is one of "DE", "FR", "GB"', { exact: false }).waitFor();
      await capture(page, 'editor-condition-builder');

      await page.getByRole('button', { name: strings.editor.discard }).click();
      await page.getByRole('dialog').getByRole('button', { name: strings.editor.discardDialog.confirm }).click();
      await page.getByText(strings.editor.allSaved, { exact: true }).waitFor();
    });
  });

  it('keeps unsaved edits across navigation', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/governance/versions/${DRAFT_VERSION}/motions`);
      await page.getByLabel(strings.motionsEditor.intentThresholdFor(strings.motion.OUTBOUND)).fill('25');
      await page.getByText(strings.editor.unsaved, { exact: true }).waitFor();
      await page.getByText(strings.editor.unsavedChanges.summary(1)).click();
      await page.getByText('MQL intent threshold for outbound: 20 → 25').waitFor();
      await capture(page, 'editor-unsaved-changes');

      const questions: string[] = [];
      page.on('dialog', (dialog) => {
        questions.push(dialog.message());
        void dialog.accept();
      });
      await mainNavigation(page).getByRole('link', { name: strings.navigation.leads }).click();
      await page.getByRole('heading', { name: strings.leads.heading }).waitFor();
      expect(questions).toEqual([strings.editor.leaveWarning(DRAFT_VERSION)]);

      await page.goBack();
      await page.getByText(strings.editor.restored).waitFor();
      expect(await page.getByLabel(strings.motionsEditor.intentThresholdFor(strings.motion.OUTBOUND)).inputValue()).toBe('25');

      await page.getByRole('button', { name: strings.editor.save }).click();
      await page
        .getByRole('status')
        .filter({ hasText: strings.editor.messages.saved(DRAFT_VERSION) })
        .waitFor();
    });
  });

  it('compares, simulates and lists the audit log', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/governance/diff/1/${DRAFT_VERSION}`);
      await page.getByText('MQL intent threshold for outbound: 20 → 25').waitFor();
      await capture(page, 'diff');

      await mainNavigation(page).getByRole('link', { name: strings.navigation.simulation }).click();
      await page.getByRole('button', { name: strings.simulation.run }).click();
      await page.getByRole('table', { name: strings.simulation.mqlCaption }).waitFor();
      await capture(page, 'simulation');

      await mainNavigation(page).getByRole('link', { name: strings.navigation.audit }).click();
      await page.getByRole('cell', { name: strings.audit.actions.DRAFT_UPDATED }).first().waitFor();
      await page.getByLabel(strings.audit.filters.action).selectOption('DRAFT_CREATED');
      await page.getByText(strings.audit.shownCount(1, 1)).waitFor();
      await capture(page, 'audit');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: strings.audit.exportCsv }).click();
      expect((await download).suggestedFilename()).toMatch(/^accord-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });

  it('edits a team calendar', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await mainNavigation(page).getByRole('link', { name: strings.navigation.teams }).click();
      await page.getByRole('button', { name: strings.teams.editTeamCalendar(TEAM_LABEL) }).click();
      const editor = page.getByRole('region', { name: strings.teams.teamEditor.heading(TEAM_LABEL) });
      // The demo team starts with three holidays, so the new one is the fourth.
      await editor.getByRole('button', { name: strings.calendarForm.addHoliday }).click();
      await editor.getByLabel(strings.calendarForm.holidayOf(4), { exact: true }).fill('2026-12-24');
      await capture(page, 'teams-calendar-editor');
      await editor.getByRole('button', { name: strings.teams.teamEditor.save }).click();

      await page
        .getByRole('status')
        .filter({ hasText: strings.teams.messages.teamCalendarSaved(TEAM_LABEL) })
        .waitFor();
      await page.getByRole('row', { name: TEAM_LABEL }).getByText('Europe/Berlin · Mon–Fri 09:00–17:00 · 4 holidays').waitFor();
      await capture(page, 'teams');
    });
  });

  it('shows a manager read-only pages', async () => {
    await withSignedInPage(MANAGER_EMAIL, async (page) => {
      await mainNavigation(page).getByRole('link', { name: strings.navigation.versions }).click();
      await page.getByRole('note').filter({ hasText: strings.readOnly.managerNote }).waitFor();
      expect(await page.getByRole('button', { name: strings.versions.createDraft }).count()).toBe(0);
      expect(await page.getByRole('button', { name: strings.versions.actions.submitFor(DRAFT_VERSION) }).count()).toBe(0);

      await page.getByRole('link', { name: strings.versions.actions.viewFor(DRAFT_VERSION) }).click();
      await openEditorSection(page, 'motions');
      expect(await page.getByLabel(strings.motionsEditor.fitThresholdFor(strings.motion.INBOUND)).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: strings.editor.save }).count()).toBe(0);
      await capture(page, 'manager-editor');

      await mainNavigation(page).getByRole('link', { name: strings.navigation.teams }).click();
      await page.getByRole('heading', { name: strings.teams.usersHeading, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: strings.teams.editTeamCalendar(TEAM_LABEL) }).count()).toBe(0);
    });
  });
});
