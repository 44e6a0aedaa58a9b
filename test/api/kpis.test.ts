import { buildKpiHistory, insertKpiHistory, type KpiLeadSpec } from '@accord/db/testing/kpi-history.fixture';
import { startApiStack, type ApiStack } from '../support/api-stack';

jest.setTimeout(90_000);

const FUNNEL = `query Funnel($filter: KpiFilter!) {
  funnelKpis(filter: $filter) { pendingChanges rows { period group mqlEntered mqlReachedSal mqlToSalRate winRate } }
}`;
const RESPONSE = `query Response($filter: KpiFilter!) { responseKpis(filter: $filter) { rows { period group leadsArrived contactRate } } }`;
const CSV = `query Csv($report: KpiReport!, $filter: KpiFilter!) { kpiCsv(report: $report, filter: $filter) }`;

interface FunnelData {
  funnelKpis: { pendingChanges: number; rows: { period: string; group: string | null; mqlEntered: number; mqlReachedSal: number }[] };
}

const RANGE = { fromMonth: '2026-01', toMonth: '2026-06' };

let api: ApiStack;
let specs: KpiLeadSpec[];
let emeaTeamId: string;
let americasTeamId: string;
let tokens: Record<string, string>;

function mqlLeads(teamId: string | null): number {
  return specs.filter((spec) => (teamId === null || spec.teamId === teamId) && spec.transitions.some((step) => step.toStage === 'MQL')).length;
}

beforeAll(async () => {
  api = await startApiStack('api_kpis');
  const dataSource = api.stack.database.dataSource;
  const teams: { id: string; key: string }[] = await dataSource.query(`SELECT id, key FROM teams WHERE key IN ('emea', 'americas')`);
  emeaTeamId = teams.find((team) => team.key === 'emea')?.id as string;
  americasTeamId = teams.find((team) => team.key === 'americas')?.id as string;
  const reps: { id: string; team_id: string }[] = await dataSource.query(`SELECT id, team_id FROM users WHERE role = 'REP'`);
  specs = buildKpiHistory(
    [emeaTeamId, americasTeamId].map((id) => ({ id, ownerIds: reps.filter((rep) => rep.team_id === id).map((rep) => rep.id) })),
  );
  await insertKpiHistory(dataSource, specs);

  tokens = {};
  for (const email of ['admin@accord.example', 'marketing.ops@accord.example', 'manager.emea@accord.example', 'anna@accord.example', 'partner@northwind.example']) {
    tokens[email] = await api.signIn(email);
  }
});

afterAll(async () => {
  await api?.stop();
});

describe('KPI queries', () => {
  it('return the funnel for an admin', async () => {
    const response = await api.graphql<FunnelData>(FUNNEL, { filter: RANGE }, tokens['admin@accord.example']);
    const total = response.data?.funnelKpis.rows.reduce((sum, row) => sum + row.mqlEntered, 0);

    expect(response.errors).toBeUndefined();
    expect(total).toBe(mqlLeads(null));
    expect(response.data?.funnelKpis.pendingChanges).toBe(0);
  });

  it('return the funnel for marketing ops', async () => {
    const response = await api.graphql<FunnelData>(FUNNEL, { filter: RANGE }, tokens['marketing.ops@accord.example']);

    expect(response.data?.funnelKpis.rows.reduce((sum, row) => sum + row.mqlEntered, 0)).toBe(mqlLeads(null));
  });

  it("limit a manager to their team's leads", async () => {
    const response = await api.graphql<FunnelData>(FUNNEL, { filter: { ...RANGE, groupBy: 'TEAM' } }, tokens['manager.emea@accord.example']);
    const groups = new Set(response.data?.funnelKpis.rows.map((row) => row.group));

    expect(response.errors).toBeUndefined();
    expect([...groups]).toEqual([emeaTeamId]);
    expect(response.data?.funnelKpis.rows.reduce((sum, row) => sum + row.mqlEntered, 0)).toBe(mqlLeads(emeaTeamId));
  });

  it("forbid a manager another team's figures", async () => {
    const response = await api.graphql(FUNNEL, { filter: { ...RANGE, teamIds: [americasTeamId] } }, tokens['manager.emea@accord.example']);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toContain(americasTeamId);
  });

  it.each(['anna@accord.example', 'partner@northwind.example'])('forbid %s', async (email) => {
    const response = await api.graphql(RESPONSE, { filter: RANGE }, tokens[email]);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('reject an invalid time zone naming the field', async () => {
    const response = await api.graphql(FUNNEL, { filter: { ...RANGE, timeZone: 'Europe/Atlantis' } }, tokens['admin@accord.example']);

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('filter.timeZone');
  });

  it('export the same rows as CSV', async () => {
    const filter = { ...RANGE, groupBy: 'MOTION' };
    const table = await api.graphql<FunnelData>(FUNNEL, { filter }, tokens['manager.emea@accord.example']);
    const csv = await api.graphql<{ kpiCsv: string }>(CSV, { report: 'FUNNEL', filter }, tokens['manager.emea@accord.example']);
    const lines = csv.data?.kpiCsv.trimEnd().split('\r\n') ?? [];
    const rows = table.data?.funnelKpis.rows ?? [];

    expect(lines[0]?.startsWith('period,group,mqlEntered,mqlReachedSal,mqlToSalRate,')).toBe(true);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual(
      rows.map((row) => [row.period, row.group ?? '', row.mqlEntered, row.mqlReachedSal].join(',')),
    );
  });

  it('forbid CSV export to a rep', async () => {
    const response = await api.graphql(CSV, { report: 'REASONS', filter: RANGE }, tokens['anna@accord.example']);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
