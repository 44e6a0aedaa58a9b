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

const MANAGER_EMAIL = 'manager.americas@accord.example';
// COMPETITOR requires a note, so the form first shows the server's problem beside the note field.
const DISQUALIFY_REASON = { code: 'COMPETITOR', label: 'Chose a competitor' };
const DISQUALIFY_NOTE = 'Signed with another vendor last week.';

// Both rows meet the inbound MQL thresholds of fit 60 and intent 40. Technology, over $100M revenue,
// source Web, country USA and a phone give 90 fit points without an employee count. The Salesforce rating
// Hot becomes a behaviour score of 80. Neither row has the use case or the employee count that the default
// model's SQL stage requires.
const HEADER = 'FIRSTNAME,LASTNAME,TITLE,COMPANY,EMAIL,PHONE,COUNTRY,INDUSTRY,ANNUALREVENUE,NUMBEROFEMPLOYEES,LEADSOURCE,RATING';
const ROWS = [
  'Maya,Lind,VP Sales,Fjord Data,maya.lind@fjord-data.example,(415) 555-0111,USA,Technology,150000000,,Web,Hot',
  'Noah,Berg,Head of IT,Basalt Cloud,noah.berg@basalt-cloud.example,(212) 555-0112,USA,Technology,150000000,,Web,Hot',
];
const WORKED_LEAD = { name: 'Maya Lind', company: 'Fjord Data', email: 'maya.lind@fjord-data.example' };
const TEAM_LEAD = { name: 'Noah Berg', company: 'Basalt Cloud', email: 'noah.berg@basalt-cloud.example' };

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;
let imported: LeadEntity[];

beforeAll(async () => {
  apiStack = await startApiStack('rep_works_lead');
  // servePortal appends the request path `/graphql` to the URL it is given, so it takes the origin.
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
  imported = await importRoutedLeads(apiStack, { fileName: 'mql-leads-without-sql-fields.csv', header: HEADER, rows: ROWS });
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

function importedLead(email: string): LeadEntity {
  const lead = imported.find((row) => row.email === email);
  if (lead === undefined) throw new Error(`The import created no lead for ${email}.`);

  return lead;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(portal.url);
  await page.getByLabel(strings.kit.signIn.emailLabel).fill(email);
  await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
}

/** Runs `steps` and, when they fail, saves a screenshot and names its path in the error. */
async function withScreenshotOnFailure(page: Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const file = path.join(os.tmpdir(), `rep-works-lead-${Date.now()}.png`);
    const screenshotNote = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${screenshotNote}`, { cause: error });
  }
}

describe('rep portal lead actions', () => {
  it('accepts, fails to qualify, then disqualifies a lead', async () => {
    const lead = importedLead(WORKED_LEAD.email);
    expect(lead.stage).toBe(Stage.Mql);
    const owner = await apiStack.stack.database.dataSource.manager.findOneByOrFail(UserEntity, { id: lead.ownerId ?? '' });

    const page = await browser.newPage();
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, owner.email);
      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      const queueRow = page.getByRole('row').filter({ hasText: WORKED_LEAD.company });
      await queueRow.getByRole('link', { name: WORKED_LEAD.name }).click();
      await page.getByRole('heading', { name: WORKED_LEAD.name }).waitFor();

      await page.getByRole('button', { name: strings.action.ACCEPT.label }).click();
      await page.getByRole('status').filter({ hasText: strings.done.ACCEPT }).waitFor();
      const qualifyButton = page.getByRole('button', { name: strings.action.QUALIFY.label });
      await qualifyButton.waitFor();
      await page.getByText(strings.actions.requires('SQL', 'use case, employee count')).waitFor();

      await qualifyButton.click();
      const qualifyError = page.getByRole('alert').filter({ hasText: strings.actions.failedInStage('qualify', 'SAL') });
      await qualifyError.waitFor();
      expect(await qualifyError.textContent()).toContain(strings.actions.stillNeeds('use case, employee count'));
      // The optimistic move to SQL is rolled back: SAL's actions are back and no SQL entry stays in the history.
      expect(await qualifyButton.isEnabled()).toBe(true);
      expect(await page.locator('.timeline-entry').filter({ hasText: 'SAL → SQL' }).count()).toBe(0);

      await page.getByRole('button', { name: strings.action.DISQUALIFY.label }).click();
      await page.getByRole('heading', { name: strings.disqualifyForm.heading }).waitFor();
      await page.getByRole('combobox', { name: strings.disqualifyForm.reasonLabel }).selectOption(DISQUALIFY_REASON.code);
      await page.getByRole('button', { name: strings.disqualifyForm.submit }).click();

      // The missing note is reported once, beside the note field, with no summary panel.
      const noteError = page.locator('.field-error');
      await noteError.waitFor();
      expect(await noteError.textContent()).toContain('note is missing');
      expect(await page.locator('.error-panel').count()).toBe(0);

      await page.getByRole('textbox', { name: strings.disqualifyForm.noteLabel }).fill(DISQUALIFY_NOTE);
      await page.getByRole('button', { name: strings.disqualifyForm.submit }).click();

      await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: strings.done.DISQUALIFY(DISQUALIFY_REASON.label) })
        .waitFor();
      await page.getByRole('table').or(page.getByText(strings.queue.empty)).waitFor();
      expect(await queueRow.count()).toBe(0);
    });
    await page.close();

    const disqualified = await apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id: lead.id });
    expect(disqualified.stage).toBe(Stage.Disqualified);
    expect(disqualified.reasonCode).toBe(DISQUALIFY_REASON.code);

    const transitions = await apiStack.stack.database.dataSource.manager.find(StageTransitionEntity, {
      where: { leadId: lead.id },
      order: { occurredAt: 'ASC' },
    });
    const byRep = transitions.filter((transition) => transition.actorId === owner.id);
    expect(byRep.map((transition) => [transition.fromStage, transition.toStage])).toEqual([
      [Stage.Mql, Stage.Sal],
      [Stage.Sal, Stage.Disqualified],
    ]);
    expect(byRep[1]?.reasonCode).toBe(DISQUALIFY_REASON.code);
    expect(byRep[1]?.note).toBe(DISQUALIFY_NOTE);
    expect(transitions.some((transition) => transition.toStage === Stage.Sql)).toBe(false);
  });

  it('lands a manager on the team view and returns there from a lead', async () => {
    const lead = importedLead(TEAM_LEAD.email);
    const leads = apiStack.stack.database.dataSource.getRepository(LeadEntity);
    const mqlCount = await leads.countBy({ stage: Stage.Mql, teamId: lead.teamId ?? '' });

    const page = await browser.newPage();
    await withScreenshotOnFailure(page, async () => {
      await signIn(page, MANAGER_EMAIL);
      await page.getByRole('heading', { name: strings.team.heading }).waitFor();

      const stageFilter = page.getByRole('combobox', { name: strings.filters.stage });
      await stageFilter.selectOption(Stage.Mql);
      await page.getByText(strings.team.shownCount(mqlCount, mqlCount), { exact: true }).waitFor();
      expect(new URL(page.url()).searchParams.get('stage')).toBe(Stage.Mql);

      await page.getByRole('row').filter({ hasText: TEAM_LEAD.company }).getByRole('link', { name: TEAM_LEAD.name }).click();
      await page.getByRole('heading', { name: TEAM_LEAD.name }).waitFor();
      await page.getByRole('link', { name: strings.lead.backToTeam }).click();

      await page.getByRole('heading', { name: strings.team.heading }).waitFor();
      expect(await stageFilter.inputValue()).toBe(Stage.Mql);
      await page.getByRole('row').filter({ hasText: TEAM_LEAD.company }).waitFor();
    });
    await page.close();
  });
});
