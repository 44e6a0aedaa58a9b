/**
 * Tests the monthly governance review end to end. It covers the Temporal Schedule as the worker
 * creates it, a run started with the schedule's `trigger()`, the stored pack, the admins'
 * notifications and repeated runs. It also covers the API's reads, sign-off and on-demand runs with
 * their audit entries.
 *
 * The review calendar is the first team's. Every team gets a round-the-clock UTC calendar whose
 * holidays are the days of the current month before today, so today is the first business day of the
 * month whatever the date of the test run.
 */
import { AuditEntryEntity, GovernanceReviewEntity, NotificationEntity, TeamEntity, UserEntity } from '@accord/db';
import { insertKpiHistory, type KpiLeadSpec } from '@accord/db/testing/kpi-history.fixture';
import { previousMonth, Role, type BusinessCalendar } from '@accord/governance';
import {
  ensureGovernanceReviewSchedule,
  GOVERNANCE_REVIEW_SCHEDULE_ID,
  type GovernanceReviewPack,
  type GovernanceReviewResult,
} from '@accord/workflows';
import { randomUUID } from 'node:crypto';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

let api: ApiStack;
let tokens: Record<string, string>;
let today: string;
let month: string;
let monthBefore: string;
let emeaTeamId: string;
let stuckSqlLeadId: string;
let breachedLeadId: string;

function utcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Open all day, every day, in UTC, with the given holidays. */
function roundTheClock(holidays: string[]): BusinessCalendar {
  return {
    timeZone: 'UTC',
    hours: ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ day, start: '00:00', end: '24:00' })),
    holidays,
  };
}

async function setTeamCalendars(calendar: BusinessCalendar): Promise<void> {
  await api.stack.database.dataSource.manager.createQueryBuilder().update(TeamEntity).set({ calendar }).execute();
}

/** Builds a lead of the hand-written history: MQL at noon UTC on `day` of `ofMonth`, then the given steps. */
function lead(
  ofMonth: string,
  day: number,
  employeeCount: number,
  steps: Array<{ toStage: string; hours: number; reasonCode?: string }>,
  sla: 'MET' | 'BREACHED' | null,
  ownerId: string,
): KpiLeadSpec {
  const mqlAt = new Date(`${ofMonth}-${String(day).padStart(2, '0')}T12:00:00Z`);

  return {
    id: randomUUID(),
    motion: 'INBOUND',
    source: 'Web',
    industry: 'Software',
    employeeCount,
    country: 'DE',
    region: 'EMEA',
    teamId: emeaTeamId,
    ownerId,
    arrivedAt: new Date(mqlAt.getTime() - HOUR_MS),
    transitions: [
      { toStage: 'MQL', at: mqlAt, reasonCode: null },
      ...steps.map((step) => ({ toStage: step.toStage, at: new Date(mqlAt.getTime() + step.hours * HOUR_MS), reasonCode: step.reasonCode ?? null })),
    ],
    speedToLeadSeconds: null,
    speedToLeadBusinessSeconds: null,
    contactAttempts: [],
    sla: sla === null ? [] : [{ stage: 'SAL', armedAt: mqlAt, outcome: sla }],
  };
}

async function triggerAndWait(): Promise<GovernanceReviewResult> {
  const handle = api.stack.client.schedule.getHandle(GOVERNANCE_REVIEW_SCHEDULE_ID);
  const before = (await handle.describe()).info.numActionsTaken;
  await handle.trigger();
  const described = await waitFor(
    () => handle.describe(),
    (description) => description.info.numActionsTaken > before && description.info.recentActions.length > 0,
    20_000,
    'the triggered schedule action',
  );
  const action = described.info.recentActions[described.info.recentActions.length - 1];
  if (action === undefined) {
    throw new Error('the schedule reports no action after the trigger');
  }

  return api.stack.client.workflow.getHandle(action.action.workflow.workflowId).result() as Promise<GovernanceReviewResult>;
}

async function storedReviews(): Promise<GovernanceReviewEntity[]> {
  return api.stack.database.dataSource.manager.find(GovernanceReviewEntity, { order: { month: 'ASC' } });
}

async function reviewNotifications(): Promise<NotificationEntity[]> {
  return api.stack.database.dataSource.manager.find(NotificationEntity, { where: { kind: 'GOVERNANCE_REVIEW_COMPILED' } });
}

beforeAll(async () => {
  api = await startApiStack('api_governance_review');
  const dataSource = api.stack.database.dataSource;
  const now = new Date();
  today = utcDate(now);
  month = previousMonth(today.slice(0, 7));
  monthBefore = previousMonth(month);
  const firstOfMonth = Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`);
  const holidays = Array.from({ length: Number(today.slice(8, 10)) - 1 }, (_, index) => utcDate(new Date(firstOfMonth + index * DAY_MS)));
  await setTeamCalendars(roundTheClock(holidays));

  const emea = await dataSource.manager.findOneByOrFail(TeamEntity, { key: 'emea' });
  emeaTeamId = emea.id;
  const rep = await api.stack.userByEmail('anna@accord.example');
  const specs = [
    lead(month, 10, 500, [{ toStage: 'SAL', hours: 2, reasonCode: 'ACCEPTED_MEETS_ICP' }], 'MET', rep.id),
    lead(month, 11, 500, [{ toStage: 'REJECTED', hours: 3, reasonCode: 'NO_FIT' }], 'BREACHED', rep.id),
    lead(month, 12, 600, [{ toStage: 'REJECTED', hours: 3, reasonCode: 'NO_FIT' }], 'MET', rep.id),
    lead(month, 13, 700, [{ toStage: 'REJECTED', hours: 3, reasonCode: 'SPAM' }], 'MET', rep.id),
    lead(month, 14, 20, [{ toStage: 'REJECTED', hours: 3, reasonCode: 'NO_BUDGET' }], 'MET', rep.id),
    lead(monthBefore, 10, 500, [{ toStage: 'SAL', hours: 2 }], 'MET', rep.id),
    lead(monthBefore, 11, 500, [{ toStage: 'SAL', hours: 2 }], 'MET', rep.id),
  ];
  // An SQL for 20 days, past the 5-business-day disposition window, and an MQL whose SLA breached.
  // Neither entered MQL in the reviewed months, so the KPIs above stay as written.
  const stuckSql = lead(month, 1, 300, [], null, rep.id);
  stuckSql.arrivedAt = new Date(now.getTime() - 21 * DAY_MS);
  stuckSql.transitions = [{ toStage: 'SQL', at: new Date(now.getTime() - 20 * DAY_MS), reasonCode: null }];
  const breached = lead(month, 1, 300, [], null, rep.id);
  breached.arrivedAt = new Date(now.getTime() - 2 * 60_000);
  breached.transitions = [{ toStage: 'MQL', at: new Date(now.getTime() - 60_000), reasonCode: null }];
  stuckSqlLeadId = stuckSql.id;
  breachedLeadId = breached.id;
  await insertKpiHistory(dataSource, [...specs, stuckSql, breached]);
  await dataSource.query(`UPDATE leads SET sla_state = 'BREACHED' WHERE id = $1`, [breachedLeadId]);
  // Stuck leads are measured on the owner's own calendar first, which has no holidays.
  await dataSource.manager.update(UserEntity, { id: rep.id }, { calendar: roundTheClock([]) });

  tokens = {};
  for (const email of ['admin@accord.example', 'marketing.ops@accord.example', 'manager.emea@accord.example']) {
    tokens[email] = await api.signIn(email);
  }
});

afterAll(async () => {
  await api?.stop();
});

describe('governance review schedule', () => {
  it('is created once and updated on a second start', async () => {
    expect(await ensureGovernanceReviewSchedule(api.stack.client)).toBe('CREATED');
    expect(await ensureGovernanceReviewSchedule(api.stack.client)).toBe('UPDATED');

    const description = await api.stack.client.schedule.getHandle(GOVERNANCE_REVIEW_SCHEDULE_ID).describe();
    const calendar = description.spec.calendars?.[0];

    expect(description.policies.overlap).toBe('SKIP');
    expect(description.policies.catchupWindow).toBe(HOUR_MS);
    expect(calendar?.hour).toEqual([{ start: 7, end: 7, step: 1 }]);
    expect(calendar?.dayOfMonth).toEqual([{ start: 1, end: 4, step: 1 }]);
    expect(description.action.workflowType).toBe('governanceReviewWorkflow');
  });

  it('compiles the previous month when triggered on the first business day', async () => {
    const result = await triggerAndWait();
    const reviews = await storedReviews();

    expect(result.outcome).toBe('COMPILED');
    expect(result.month).toBe(month);
    expect(result.localDate).toBe(today);
    expect(reviews.map((review) => review.month)).toEqual([month]);
    expect(reviews[0]?.status).toBe('COMPILED');
  });

  it('stores a pack with every section', async () => {
    const [review] = await storedReviews();
    const pack = review?.pack as unknown as GovernanceReviewPack;
    const kpi = (key: string) => pack.kpis.find((entry) => entry.key === key);

    expect(pack.month).toBe(month);
    expect(pack.previousMonth).toBe(monthBefore);
    expect(pack.timeZone).toBe('UTC');
    expect(pack.calendarSource).toMatch(/^business calendar of the .* team \(/);
    expect(kpi('mqlEntered')).toMatchObject({ value: 5, previous: 2, change: 3 });
    expect(kpi('mqlToSalRate')).toMatchObject({ value: 0.2, previous: 1 });
    expect(kpi('mqlToSalRate')?.change).toBeCloseTo(-0.8);
    expect(kpi('slaComplianceRate')).toMatchObject({ value: 0.8, previous: 1 });
  });

  it('lists SLA compliance by team and rejection reasons by segment', async () => {
    const [review] = await storedReviews();
    const pack = review?.pack as unknown as GovernanceReviewPack;
    const emea = pack.slaComplianceByTeam.find((team) => team.teamId === emeaTeamId);
    const midMarket = pack.rejectionReasonsBySegment.find((segment) => segment.segment === '200-999');

    expect(emea).toMatchObject({ teamLabel: 'Sales EMEA', met: 4, breached: 1, complianceRate: 0.8 });
    expect(midMarket?.rejections).toBe(3);
    expect(midMarket?.reasons[0]).toMatchObject({ reasonCode: 'NO_FIT', label: 'No fit', leads: 2 });
    expect(pack.rejectionReasonsBySegment.find((segment) => segment.segment === '1-49')?.reasons[0]?.reasonCode).toBe('NO_BUDGET');
  });

  it('lists stuck leads and calibration per motion', async () => {
    const [review] = await storedReviews();
    const pack = review?.pack as unknown as GovernanceReviewPack;
    const sql = pack.stuckLeads.leads.find((entry) => entry.leadId === stuckSqlLeadId);
    const breached = pack.stuckLeads.leads.find((entry) => entry.leadId === breachedLeadId);

    expect(pack.stuckLeads.total).toBe(2);
    expect(sql).toMatchObject({ stage: 'SQL', reasons: ['OVER_LIMIT'], ownerName: 'Anna Keller' });
    expect(breached?.reasons).toContain('BREACHED');
    expect(pack.calibration.map((entry) => entry.motion).sort()).toEqual(
      ['ACCOUNT_BASED', 'INBOUND', 'OUTBOUND', 'PARTNER', 'PRODUCT_LED'].sort(),
    );
    expect(pack.calibration.every((entry) => entry.error === null)).toBe(true);
  });

  it('notifies every active admin once', async () => {
    const admins = await api.stack.database.dataSource.manager.find(UserEntity, { where: { role: Role.Admin, active: true } });
    const notifications = await reviewNotifications();

    expect(admins.length).toBeGreaterThan(0);
    expect(notifications.map((notification) => notification.recipientId).sort()).toEqual(admins.map((admin) => admin.id).sort());
    expect(notifications[0]?.leadId).toBeNull();
  });

  it('stores one pack when triggered again', async () => {
    const [first] = await storedReviews();
    const notificationsBefore = (await reviewNotifications()).length;
    const result = await triggerAndWait();

    expect(result.outcome).toBe('ALREADY_STORED');
    expect(result.reviewId).toBe(first?.id);
    expect(result.notified).toBe(0);
    expect(await storedReviews()).toHaveLength(1);
    expect((await storedReviews())[0]?.compiledAt).toEqual(first?.compiledAt);
    expect(await reviewNotifications()).toHaveLength(notificationsBefore);
  });

  it('compiles nothing when today is not a business day', async () => {
    await setTeamCalendars(roundTheClock([today]));
    try {
      const result = await triggerAndWait();

      expect(result.outcome).toBe('NOT_FIRST_BUSINESS_DAY');
      expect(result.reviewId).toBeNull();
    } finally {
      await setTeamCalendars(roundTheClock([]));
    }
  });
});

const LIST = `query { governanceReviews { id month status compiledAt signedOffAt signOffComment signedOffBy { email } } }`;
const SIGN_OFF = `mutation SignOff($id: ID!, $comment: String!) {
  signOffGovernanceReview(id: $id, comment: $comment) { id status signOffComment signedOffAt signedOffBy { email } }
}`;
const RUN = `mutation Run($month: String!) { runGovernanceReview(month: $month) { workflowId month outcome review { id month status } } }`;

function codesOf(response: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

describe('governance review API', () => {
  let reviewId: string;

  beforeAll(async () => {
    reviewId = (await storedReviews())[0]?.id ?? '';
  });

  it('lists reviews for marketing ops', async () => {
    const response = await api.graphql<{ governanceReviews: Array<{ id: string; month: string; status: string }> }>(
      LIST,
      {},
      tokens['marketing.ops@accord.example'],
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.governanceReviews.map((review) => review.month)).toEqual([month]);
  });

  it('returns the pack of one review', async () => {
    const response = await api.graphql<{ governanceReview: { pack: GovernanceReviewPack } }>(
      `query One($id: ID!) { governanceReview(id: $id) { pack } }`,
      { id: reviewId },
      tokens['admin@accord.example'],
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.governanceReview.pack.month).toBe(month);
  });

  it('forbids managers', async () => {
    expect(codesOf(await api.graphql(LIST, {}, tokens['manager.emea@accord.example']))).toEqual(['FORBIDDEN']);
  });

  it('rejects an empty sign-off comment', async () => {
    const response = await api.graphql(SIGN_OFF, { id: reviewId, comment: '   ' }, tokens['admin@accord.example']);

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('comment has 0 characters');
  });

  it('rejects a sign-off comment of invisible characters only', async () => {
    const response = await api.graphql(SIGN_OFF, { id: reviewId, comment: '\u200b\u200d' }, tokens['admin@accord.example']);

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('none is visible');
  });

  it('rejects a sign-off comment over 2,000 characters', async () => {
    const response = await api.graphql(SIGN_OFF, { id: reviewId, comment: 'x'.repeat(2_001) }, tokens['admin@accord.example']);

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('forbids sign-off by marketing ops', async () => {
    const response = await api.graphql(SIGN_OFF, { id: reviewId, comment: 'Looks right.' }, tokens['marketing.ops@accord.example']);

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it('signs off once with an audit entry', async () => {
    const response = await api.graphql<{ signOffGovernanceReview: { status: string; signOffComment: string; signedOffBy: { email: string } } }>(
      SIGN_OFF,
      { id: reviewId, comment: '  Acceptance SLA breaches fell; keep the thresholds.  ' },
      tokens['admin@accord.example'],
    );
    const entries = await api.stack.database.dataSource.manager.find(AuditEntryEntity, { where: { targetId: reviewId } });
    const admin = await api.stack.userByEmail('admin@accord.example');

    expect(response.errors).toBeUndefined();
    expect(response.data?.signOffGovernanceReview).toMatchObject({
      status: 'SIGNED_OFF',
      signOffComment: 'Acceptance SLA breaches fell; keep the thresholds.',
      signedOffBy: { email: 'admin@accord.example' },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'GOVERNANCE_REVIEW_SIGNED_OFF', actorId: admin.id, targetType: 'GOVERNANCE_REVIEW' });
    expect(entries[0]?.after).toMatchObject({ status: 'SIGNED_OFF', month });
  });

  it('refuses a second sign-off with CONFLICT', async () => {
    const response = await api.graphql(SIGN_OFF, { id: reviewId, comment: 'Again.' }, tokens['admin@accord.example']);
    const stored = await api.stack.database.dataSource.manager.findOneByOrFail(GovernanceReviewEntity, { id: reviewId });

    expect(codesOf(response)).toEqual(['CONFLICT']);
    expect(stored.signOffComment).toBe('Acceptance SLA breaches fell; keep the thresholds.');
  });

  it('runs a review on demand for a month without a pack', async () => {
    const response = await api.graphql<{ runGovernanceReview: { outcome: string; month: string; review: { month: string; status: string } } }>(
      RUN,
      { month: monthBefore },
      tokens['admin@accord.example'],
    );
    const entries = await api.stack.database.dataSource.manager.find(AuditEntryEntity, { where: { action: 'GOVERNANCE_REVIEW_REQUESTED' } });

    expect(response.errors).toBeUndefined();
    expect(response.data?.runGovernanceReview).toMatchObject({ outcome: 'COMPILED', month: monthBefore, review: { month: monthBefore, status: 'COMPILED' } });
    expect(entries.map((entry) => entry.targetId)).toEqual([monthBefore]);
    expect((await storedReviews()).map((review) => review.month)).toEqual([monthBefore, month]);
  });

  it('keeps a signed-off pack on a repeated on-demand run', async () => {
    const response = await api.graphql<{ runGovernanceReview: { outcome: string; review: { id: string; status: string } } }>(
      RUN,
      { month },
      tokens['admin@accord.example'],
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.runGovernanceReview).toMatchObject({ outcome: 'ALREADY_STORED', review: { id: reviewId, status: 'SIGNED_OFF' } });
  });

  it.each([
    ['2026-13', 'is not a month in YYYY-MM'],
    ['2999-01', 'is in the future'],
    ['0000-01', 'is before 2000-01'],
  ])('rejects the month %s', async (value, message) => {
    const response = await api.graphql(RUN, { month: value }, tokens['admin@accord.example']);

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain(message);
  });
});
