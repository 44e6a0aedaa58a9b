import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, LeadEntity, UserEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import { strings } from '../../rep-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const CREATE_LEAD = `mutation Create($input: LeadInput!) { createLead(input: $input) { id } }`;
const RECORD = `mutation Record($leadId: ID!, $event: String!, $occurredAt: DateTime!, $key: String!) {
  recordEngagement(leadId: $leadId, event: $event, occurredAt: $occurredAt, idempotencyKey: $key) { id }
}`;
const MOVES = ['acceptLead', 'qualifyLead', 'convertLead'].map((field) => `mutation Move($id: ID!) { ${field}(id: $id) { stage } }`);
const LOST_REASON = { code: 'NO_BUDGET', label: 'No budget' };

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;

beforeAll(async () => {
  apiStack = await startApiStack('rep_closes_opportunity');
  portal = await servePortal('rep-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/**
 * Creates a lead that fits (90 fit points) without intent and lifts it to MQL with a demo request two
 * days old. A pricing page view now makes the demo request count its decayed points (scores decay up
 * to the latest event). Its owner then takes it to OPPORTUNITY. Returns the lead id and the owner's e-mail.
 */
async function createEngagedOpportunity(email: string): Promise<{ id: string; ownerEmail: string }> {
  const adminToken = await apiStack.signIn('admin@accord.example');
  const input = {
    email,
    title: 'COO',
    company: 'Olsen Haulage',
    industry: 'Transportation',
    employeeCount: 1500,
    annualRevenueUsd: 200000000,
    country: 'USA',
    source: 'Web',
    useCase: 'Fleet telemetry',
  };
  const created = await apiStack.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input }, adminToken);
  const id = created.data?.createLead.id ?? '';
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const demo = await apiStack.graphql(RECORD, { leadId: id, event: 'demo_request', occurredAt: twoDaysAgo, key: `demo-${email}` }, adminToken);
  expect(demo.errors).toBeUndefined();

  const routed = await waitFor(
    () => apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id }),
    (row) => row.ownerId !== null,
    30_000,
    'MQL and routing after the demo request',
  );
  const now = new Date().toISOString();
  const view = await apiStack.graphql(RECORD, { leadId: id, event: 'pricing_page_view', occurredAt: now, key: `view-${email}` }, adminToken);
  expect(view.errors).toBeUndefined();
  // 40 × 2^(-2/30) + 15 = 53.2 points.
  await waitFor(
    () => apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id }),
    (row) => row.behaviourScore === 53,
    20_000,
    'rescoring after the page view',
  );

  const owner = await apiStack.stack.database.dataSource.manager.findOneByOrFail(UserEntity, { id: routed.ownerId ?? '' });
  const ownerToken = await apiStack.signIn(owner.email);
  for (const move of MOVES) {
    const moved = await apiStack.graphql(move, { id }, ownerToken);
    expect(moved.errors).toBeUndefined();
  }

  return { id, ownerEmail: owner.email };
}

async function openLead(page: Page, ownerEmail: string, leadId: string): Promise<void> {
  await page.goto(portal.url);
  await page.getByLabel(strings.kit.signIn.emailLabel).fill(ownerEmail);
  await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
  await page.getByRole('heading', { name: strings.queue.heading }).waitFor();
  await page.goto(`${portal.url}/leads/${leadId}`);
}

/** Runs `steps` and, when they fail, saves a screenshot and names its path in the error. */
async function withScreenshotOnFailure(page: Page, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    const file = path.join(os.tmpdir(), `rep-closes-opportunity-${Date.now()}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nScreenshot of the page (when saving worked): ${file}`, { cause: error });
  }
}

describe('rep portal opportunity outcomes', () => {
  it('explains the score, then marks the opportunity lost', async () => {
    const lead = await createEngagedOpportunity('lost@olsen-haulage.example');
    const page = await browser.newPage();

    await withScreenshotOnFailure(page, async () => {
      await openLead(page, lead.ownerEmail, lead.id);
      await page.getByRole('heading', { name: strings.score.heading }).waitFor();

      const fitTable = page.getByRole('table', { name: strings.score.fitCaption(90) });
      await fitTable.getByRole('row').filter({ hasText: 'Transportation' }).waitFor();
      const behaviourTable = page.getByRole('table', { name: strings.score.behaviourCaption(53) });
      const demoRow = behaviourTable.getByRole('row').filter({ hasText: 'demo_request' });
      await demoRow.waitFor();
      // Two days before the latest event, on a 30-day half-life: 40 × 2^(-2/30) = 38.2 points.
      expect(await demoRow.getByRole('cell').allTextContents()).toEqual(['demo_request', '1', '+40', '+38.2']);
      const viewRow = behaviourTable.getByRole('row').filter({ hasText: 'pricing_page_view' });
      expect(await viewRow.getByRole('cell').allTextContents()).toEqual(['pricing_page_view', '1', '+15', '+15']);

      await page.getByRole('button', { name: strings.action.LOSE.label }).click();
      await page.getByRole('heading', { name: strings.loseForm.heading }).waitFor();
      await page.getByRole('combobox', { name: strings.loseForm.reasonLabel }).selectOption(LOST_REASON.code);
      await page.getByRole('button', { name: strings.loseForm.submit }).click();

      await page.getByRole('status').filter({ hasText: strings.done.LOSE(LOST_REASON.label) }).waitFor();
    });
    await page.close();

    const closed = await apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id: lead.id });
    expect(closed.stage).toBe(Stage.Lost);
    expect(closed.reasonCode).toBe(LOST_REASON.code);
    expect(closed.closedAt).not.toBeNull();
  });

  it('marks an opportunity won', async () => {
    const lead = await createEngagedOpportunity('won@olsen-haulage.example');
    const page = await browser.newPage();

    await withScreenshotOnFailure(page, async () => {
      await openLead(page, lead.ownerEmail, lead.id);
      await page.getByRole('button', { name: strings.action.WIN.label }).click();
      await page.getByRole('status').filter({ hasText: strings.done.WIN }).waitFor();
      await page.locator('.badge').filter({ hasText: strings.stage.WON }).first().waitFor();
    });
    await page.close();

    const closed = await apiStack.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id: lead.id });
    expect(closed.stage).toBe(Stage.Won);
    expect(closed.reasonCode).toBeNull();
  });
});
