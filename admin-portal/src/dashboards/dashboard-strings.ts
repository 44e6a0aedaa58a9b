import type { Segment } from './dashboard-filters';

/** Text of the Dashboards page, included in strings.ts as `strings.dashboards`. */
export const dashboardStrings = {
  heading: 'Dashboards',
  intro:
    'Funnel, conversion, speed to lead, rejection reasons and SLA compliance for the months you choose.',
  managerScope: (team: string | null) =>
    team === null
      ? 'As a manager you see only the leads of your own team; the server applies this to every figure and export.'
      : `As a manager you see only the leads of ${team}; the server applies this to every figure and export.`,
  timeZoneNote: (timeZone: string) => `Months start at midnight in your time zone, ${timeZone}.`,
  loading: 'Loading…',
  empty: 'No leads in this period',
  showTable: 'Show table',
  hideTable: 'Hide table',
  exportCsv: 'Download CSV',
  exporting: 'Preparing CSV…',
  exported: (fileName: string) => `Downloaded ${fileName}.`,
  exportFailed: 'The CSV could not be downloaded.',
  computedAt: (when: string) => `Figures computed ${when}.`,
  csvNote: 'The CSV has the API rows behind the chart: one row per month (and segment), ratios from 0 to 1 and times in seconds.',
  pendingChanges: (count: number) =>
    `${count} recent ${count === 1 ? 'change is' : 'changes are'} not in them yet; reload the page later to include them.`,
  notSet: '—',
  /** Labels of the KPI filter fields that API errors name. */
  filterFieldLabels: {
    'filter.fromMonth': 'From month',
    'filter.toMonth': 'To month',
    'filter.motions': 'Motion',
    'filter.sources': 'Sources',
    'filter.industries': 'Industries',
    'filter.sizeBands': 'Company size',
    'filter.regions': 'Regions',
    'filter.teamIds': 'Team',
    'filter.ownerIds': 'Rep',
    'filter.timeZone': 'Time zone',
  } as Record<string, string>,
  noValue: 'Not set',

  filters: {
    label: 'Dashboard filters',
    fromMonth: 'From month',
    toMonth: 'To month',
    motion: 'Motion',
    sources: 'Sources',
    industries: 'Industries',
    regions: 'Regions',
    listHint: 'Comma-separated, such as web, event',
    sizeBand: 'Company size',
    team: 'Team',
    rep: 'Rep',
    any: 'Any',
    reset: 'Reset filters',
    sizeBands: {
      '1-49': '1–49 employees',
      '50-199': '50–199 employees',
      '200-999': '200–999 employees',
      '1000+': '1,000 or more employees',
      UNKNOWN: 'Unknown size',
    } as Record<string, string>,
    monthOrder: 'The from month must not be after the to month. Change one of them to see figures.',
  },

  funnel: {
    title: 'Funnel',
    slug: 'funnel',
    axis: 'Leads',
    series: 'Leads that entered the stage',
    won: 'Won',
    columns: ['Step', 'Leads counted', 'Leads converted', 'Conversion (%)'],
    steps: {
      mqlToSal: 'MQL → SAL',
      salToSql: 'SAL → SQL',
      sqlToOpportunity: 'SQL → Opportunity',
      win: 'Closed opportunity → Won',
    },
    summary: (mqls: string, mqlToSal: string, salToSql: string, sqlToOpportunity: string, winRate: string) =>
      `${mqls} leads became MQL. ${mqlToSal} of MQLs reached SAL, ${salToSql} of SALs reached SQL and ${sqlToOpportunity} of SQLs became opportunities. Win rate of closed opportunities: ${winRate}.`,
    note: 'Each conversion counts the leads that first entered the earlier stage in the chosen months, whenever they moved on.',
  },

  conversion: {
    title: 'Conversion over time',
    slug: 'conversion-by-cohort-month',
    axis: 'Conversion (%)',
    columns: ['Cohort month', 'MQLs', 'MQL → SAL (%)', 'SALs', 'SAL → SQL (%)', 'SQLs', 'SQL → Opportunity (%)'],
    series: { mqlToSal: 'MQL → SAL', salToSql: 'SAL → SQL', sqlToOpportunity: 'SQL → Opportunity' },
    summary: (first: string, firstRate: string, last: string, lastRate: string) =>
      first === last
        ? `MQL → SAL conversion was ${firstRate} for the ${first} cohort.`
        : `MQL → SAL conversion was ${firstRate} for the ${first} cohort and ${lastRate} for the ${last} cohort.`,
  },

  speed: {
    title: 'Speed to lead',
    slug: 'speed-to-lead',
    clock: 'Clock',
    clocks: { calendar: 'Calendar time', business: 'Business time' },
    axis: (unit: string) => `Time to first touch (${unit})`,
    median: 'Median',
    p90: '90th percentile',
    units: { minutes: 'minutes', hours: 'hours' },
    columns: (unit: string) => [
      'Arrival month',
      'Leads arrived',
      'Leads touched',
      `Median, calendar (${unit})`,
      `90th percentile, calendar (${unit})`,
      `Median, business (${unit})`,
      `90th percentile, business (${unit})`,
    ],
    summary: (clock: string, median: string, p90: string, period: string) =>
      `${clock}: in ${period}, half of the touched leads were reached within ${median} and 90% within ${p90}.`,
    noTouches: 'No lead of this period has been touched yet.',
    note: 'The API gives the median and 90th percentile per month, not a distribution, so the chart shows those two figures per month.',
  },

  reasons: {
    title: 'Rejection reasons by segment',
    slug: 'rejection-reasons',
    segment: 'Segment',
    segments: {
      MOTION: 'Motion',
      SOURCE: 'Source',
      INDUSTRY: 'Industry',
      SIZE_BAND: 'Company size',
      REGION: 'Region',
      TEAM: 'Team',
    } satisfies Record<Segment, string>,
    axis: 'Rejected leads',
    columns: (segment: string) => [segment, 'Reason code', 'Rejected leads'],
    noReason: 'No reason given',
    summary: (total: string, reason: string, count: string) =>
      `${total} ${total === '1' ? 'lead was' : 'leads were'} rejected. The most common reason was ${reason} (${count} ${count === '1' ? 'lead' : 'leads'}).`,
  },

  sla: {
    title: 'SLA compliance by team and stage',
    slug: 'sla-compliance',
    axis: 'SLAs met (%)',
    columns: ['Team', 'Stage', 'Met', 'Breached', 'Compliance (%)'],
    noTeam: 'No team',
    summary: (rate: string, outcomes: string) => `${rate} of ${outcomes} SLA outcomes were met.`,
  },
};
