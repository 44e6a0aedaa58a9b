import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_ADMIN, DEMO_PASSWORD, KPI_CSV_COLUMNS, KpiReport } from '@accord/db';
import { buildKpiHistory, insertKpiHistory, type KpiLeadSpec } from '@accord/db/testing/kpi-history.fixture';
import { strings } from '../../admin-portal/src/strings';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';
import { launchBrowser, servePortal, type ServedPortal } from '../support/browser';

jest.setTimeout(180_000);

// Set ACCORD_SCREENSHOT_DIR to keep a full-page screenshot of the dashboards as each test leaves them.
const SCREENSHOT_DIR = process.env.ACCORD_SCREENSHOT_DIR;

const labels = strings.dashboards;
const MANAGER_EMAIL = 'manager.emea@accord.example';
// The history's leads arrive from January to May 2026; periods are computed in UTC, the page's time zone.
const PERIOD_QUERY = '?from=2026-01&to=2026-06';
const PERIOD_START = Date.parse('2026-01-01T00:00:00Z');
const PERIOD_END = Date.parse('2026-07-01T00:00:00Z');

let apiStack: ApiStack;
let portal: ServedPortal;
let browser: Browser;
let specs: KpiLeadSpec[];
let emeaTeamId: string;

beforeAll(async () => {
  apiStack = await startApiStack('admin_kpi_dashboards');
  const dataSource = apiStack.stack.database.dataSource;
  const teams: { id: string; key: string }[] = await dataSource.query(
    `SELECT id, key FROM teams WHERE key IN ('emea', 'americas') ORDER BY key DESC`,
  );
  const reps: { id: string; team_id: string }[] = await dataSource.query(`SELECT id, team_id FROM users WHERE role = 'REP' ORDER BY id`);
  emeaTeamId = teams.find((team) => team.key === 'emea')?.id ?? '';
  specs = buildKpiHistory(
    teams.map((team) => ({ id: team.id, ownerIds: reps.filter((rep) => rep.team_id === team.id).map((rep) => rep.id) })),
  );
  await insertKpiHistory(dataSource, specs);

  portal = await servePortal('admin-portal', new URL(apiStack.api.url).origin);
  browser = await launchBrowser();
  if (SCREENSHOT_DIR !== undefined) mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
  await apiStack?.stop();
});

/**
 * Count the leads of `specs` that first became MQL inside the period, and those of them that reached
 * SAL later, as the funnel's MQL → SAL step counts them.
 */
function mqlToSal(leads: readonly KpiLeadSpec[]): { counted: number; converted: number } {
  let counted = 0;
  let converted = 0;
  for (const lead of leads) {
    const mqlIndex = lead.transitions.findIndex((step) => step.toStage === 'MQL');
    const mqlAt = lead.transitions[mqlIndex]?.at.getTime();
    if (mqlAt === undefined || mqlAt < PERIOD_START || mqlAt >= PERIOD_END) continue;

    counted += 1;
    if (lead.transitions.slice(mqlIndex + 1).some((step) => step.toStage === 'SAL')) converted += 1;
  }

  return { counted, converted };
}

/** Runs `steps` on a fresh page in UTC, signed in as `email`, and saves a screenshot when they fail. */
async function withSignedInPage(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, timezoneId: 'UTC', locale: 'en-US', acceptDownloads: true });
  try {
    await page.goto(portal.url);
    await page.getByLabel(strings.kit.signIn.emailLabel).fill(email);
    await page.getByLabel(strings.kit.signIn.passwordLabel).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: strings.kit.signIn.submit }).click();
    await page.getByRole('navigation', { name: strings.kit.shell.navigationLabel }).waitFor();
    await steps(page);
    if (SCREENSHOT_DIR !== undefined)
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `dashboards-${expect.getState().currentTestName ?? 'page'}.png`),
        fullPage: true,
      });
  } catch (error) {
    const file = path.join(os.tmpdir(), `admin-kpi-dashboards-${Date.now()}.png`);
    const note = await page.screenshot({ path: file, fullPage: true }).then(
      () => `Screenshot of the page: ${file}`,
      (screenshotError: unknown) => `Saving a screenshot to ${file} failed: ${String(screenshotError)}`,
    );
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${note}`, { cause: error });
  } finally {
    await page.close();
  }
}

/** Find a control of the page-wide filter bar by its label. */
function filter(page: Page, label: string): Locator {
  return page.getByRole('search', { name: labels.filters.label }).getByLabel(label);
}

function chart(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/**
 * Wait until the funnel table's MQL → SAL row shows `expected` (the step, leads counted, leads converted
 * and the rate), opening the table first, and return the cells last read.
 */
async function waitForMqlToSalRow(page: Page, expected: string[]): Promise<string[]> {
  const funnel = chart(page, labels.funnel.title);
  const showTable = funnel.getByRole('button', { name: labels.showTable });
  await funnel.getByRole('button', { name: new RegExp(`^(${labels.showTable}|${labels.hideTable})$`) }).waitFor();
  if (await showTable.isVisible()) await showTable.click();
  const row = funnel.getByRole('row', { name: new RegExp(`^${labels.funnel.steps.mqlToSal}`) });
  const read = async () => (await row.locator('th, td').allInnerTexts()).map((text) => text.trim());

  return waitFor(read, (cells) => JSON.stringify(cells) === JSON.stringify(expected), 20_000, 'the MQL → SAL row of the funnel table');
}

function percent(part: number, whole: number): string {
  return new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

describe('admin portal KPI dashboards', () => {
  it('shows, filters and exports the funnel', async () => {
    const all = mqlToSal(specs);
    const outbound = mqlToSal(specs.filter((lead) => lead.motion === 'OUTBOUND'));
    expect(outbound.counted).toBeGreaterThan(0);
    expect(outbound.counted).toBeLessThan(all.counted);

    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page
        .getByRole('navigation', { name: strings.kit.shell.navigationLabel })
        .getByRole('link', { name: strings.navigation.dashboards })
        .click();
      await page.getByRole('heading', { name: labels.heading }).waitFor();
      await filter(page, labels.filters.fromMonth).fill('2026-01');
      await filter(page, labels.filters.toMonth).fill('2026-06');
      expect(new URL(page.url()).search).toBe(PERIOD_QUERY);

      const allRow = [labels.funnel.steps.mqlToSal, String(all.counted), String(all.converted), percent(all.converted, all.counted)];
      expect(await waitForMqlToSalRow(page, allRow)).toEqual(allRow);

      await filter(page, labels.filters.motion).selectOption('OUTBOUND');
      const outboundRow = [
        labels.funnel.steps.mqlToSal,
        String(outbound.counted),
        String(outbound.converted),
        percent(outbound.converted, outbound.counted),
      ];
      expect(await waitForMqlToSalRow(page, outboundRow)).toEqual(outboundRow);
      expect(new URL(page.url()).searchParams.get('motion')).toBe('OUTBOUND');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart(page, labels.funnel.title).getByRole('button', { name: labels.exportCsv }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('accord-funnel-2026-01-to-2026-06.csv');
      const csv = await readFile(await download.path(), 'utf8');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(KPI_CSV_COLUMNS[KpiReport.Funnel].join(','));
      expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[2]), 0)).toBe(outbound.counted);
    });
  });

  it('opens a shared link with its filters', async () => {
    const inbound = mqlToSal(specs.filter((lead) => lead.motion === 'INBOUND'));

    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/dashboards${PERIOD_QUERY}&motion=INBOUND`);

      expect(await filter(page, labels.filters.motion).inputValue()).toBe('INBOUND');
      const inboundRow = [
        labels.funnel.steps.mqlToSal,
        String(inbound.counted),
        String(inbound.converted),
        percent(inbound.converted, inbound.counted),
      ];
      expect(await waitForMqlToSalRow(page, inboundRow)).toEqual(inboundRow);
    });
  });

  it('filters SLA compliance by team', async () => {
    const emeaOutcomes = specs.filter((lead) => lead.teamId === emeaTeamId).flatMap((lead) => lead.sla.map((sla) => sla.outcome));
    const met = emeaOutcomes.filter((outcome) => outcome === 'MET').length;
    const breached = emeaOutcomes.filter((outcome) => outcome === 'BREACHED').length;
    expect(met + breached).toBeGreaterThan(0);

    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/dashboards${PERIOD_QUERY}`);
      const sla = chart(page, labels.sla.title);
      await sla.getByRole('button', { name: labels.showTable }).click();
      await waitFor(
        () => sla.getByRole('row').count(),
        (count) => count === 3,
        20_000,
        'a header row and one row per team',
      );

      await filter(page, labels.filters.team).selectOption({ label: 'Sales EMEA' });
      const read = async () => (await sla.getByRole('row').allInnerTexts()).map((text) => text.split('\t').map((cell) => cell.trim()));
      const rows = await waitFor(read, (texts) => texts.length === 2, 20_000, 'the SLA table of one team');

      expect(rows[1]).toEqual(['Sales EMEA', 'SAL', String(met), String(breached), percent(met, met + breached)]);
      expect(new URL(page.url()).searchParams.get('team')).toBe(emeaTeamId);
    });
  });

  it('shows an empty period', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/dashboards?from=2025-01&to=2025-03`);

      await chart(page, labels.funnel.title).getByText(labels.empty).waitFor();
      await chart(page, labels.sla.title).getByText(labels.empty).waitFor();
    });
  });

  it('shows the API error for a long period', async () => {
    await withSignedInPage(DEMO_ADMIN.email, async (page) => {
      await page.goto(`${portal.url}/dashboards?from=2020-01&to=2026-06`);

      const funnel = chart(page, labels.funnel.title);
      await funnel.getByText(strings.kit.errors.titles.BAD_USER_INPUT).waitFor();
      await funnel.getByText('2020-01 to 2026-06 covers 78 months').first().waitFor();
    });
  });

  it("limits a manager to their team's figures", async () => {
    const emea = mqlToSal(specs.filter((lead) => lead.teamId === emeaTeamId));
    const americasTeamId = specs.find((lead) => lead.teamId !== null && lead.teamId !== emeaTeamId)?.teamId;

    await withSignedInPage(MANAGER_EMAIL, async (page) => {
      // A link shared by an admin may name another team, but the manager still gets their own team's figures.
      await page.goto(`${portal.url}/dashboards${PERIOD_QUERY}&team=${americasTeamId}`);

      await page.getByText(labels.managerScope('Sales EMEA')).waitFor();
      expect(await filter(page, labels.filters.team).count()).toBe(0);
      const emeaRow = [labels.funnel.steps.mqlToSal, String(emea.counted), String(emea.converted), percent(emea.converted, emea.counted)];
      expect(await waitForMqlToSalRow(page, emeaRow)).toEqual(emeaRow);
    });
  });
});
