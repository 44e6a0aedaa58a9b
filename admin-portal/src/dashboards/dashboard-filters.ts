import { MOTIONS, type Motion } from '@accord/portal-kit';
import type { KpiFilter, KpiGroupBy } from './kpi.operations';

/** Company size bands by employee count, as the API's `KpiFilter.sizeBands` names them. */
export const SIZE_BANDS = ['1-49', '50-199', '200-999', '1000+', 'UNKNOWN'] as const;

/** Lead attributes the rejection reasons chart can be split by. */
export const SEGMENTS = ['MOTION', 'SOURCE', 'INDUSTRY', 'SIZE_BAND', 'REGION', 'TEAM'] as const satisfies readonly KpiGroupBy[];
export type Segment = (typeof SEGMENTS)[number];

export type Clock = 'calendar' | 'business';

/**
 * The dashboard's filters as the URL stores them. Months are `YYYY-MM` in the viewer's time zone.
 * An empty string means "any". Sources, industries and regions are comma-separated lists.
 */
export interface DashboardFilterValues {
  fromMonth: string;
  toMonth: string;
  motion: Motion | '';
  sources: string;
  industries: string;
  sizeBand: string;
  regions: string;
  teamId: string;
  ownerId: string;
  /** Split of the rejection reasons chart. */
  segment: Segment;
  /** Clock of the speed-to-lead chart: calendar time or the owner's business hours. */
  clock: Clock;
}

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** URL query parameter of each filter value. */
const PARAMETERS: Record<keyof DashboardFilterValues, string> = {
  fromMonth: 'from',
  toMonth: 'to',
  motion: 'motion',
  sources: 'source',
  industries: 'industry',
  sizeBand: 'size',
  regions: 'region',
  teamId: 'team',
  ownerId: 'rep',
  segment: 'segment',
  clock: 'clock',
};

/** Return the month `monthsBack` months before `date`, in the viewer's time zone, as `YYYY-MM`. */
function localMonth(date: Date, monthsBack: number): string {
  const shifted = new Date(date.getFullYear(), date.getMonth() - monthsBack, 1);

  return `${shifted.getFullYear()}-${String(shifted.getMonth() + 1).padStart(2, '0')}`;
}

/** Return the default view: the last six months up to and including the current one, with nothing else filtered. */
export function defaultDashboardFilters(now = new Date()): DashboardFilterValues {
  return {
    fromMonth: localMonth(now, 5),
    toMonth: localMonth(now, 0),
    motion: '',
    sources: '',
    industries: '',
    sizeBand: '',
    regions: '',
    teamId: '',
    ownerId: '',
    segment: 'MOTION',
    clock: 'calendar',
  };
}

/** Read the filters from a URL query string; a missing or unknown value keeps its default. */
export function readDashboardFilters(search: string, now = new Date()): DashboardFilterValues {
  const parameters = new URLSearchParams(search);
  const values = defaultDashboardFilters(now);
  const read = (key: keyof DashboardFilterValues) => parameters.get(PARAMETERS[key])?.trim() ?? '';

  const fromMonth = read('fromMonth');
  const toMonth = read('toMonth');
  if (MONTH_PATTERN.test(fromMonth)) values.fromMonth = fromMonth;
  if (MONTH_PATTERN.test(toMonth)) values.toMonth = toMonth;

  const motion = read('motion');
  if ((MOTIONS as readonly string[]).includes(motion)) values.motion = motion as Motion;
  const segment = read('segment');
  if ((SEGMENTS as readonly string[]).includes(segment)) values.segment = segment as Segment;
  if (read('clock') === 'business') values.clock = 'business';

  values.sources = read('sources');
  values.industries = read('industries');
  values.sizeBand = (SIZE_BANDS as readonly string[]).includes(read('sizeBand')) ? read('sizeBand') : '';
  values.regions = read('regions');
  values.teamId = read('teamId');
  values.ownerId = read('ownerId');

  return values;
}

/**
 * Write the filters into `url`'s query string, leaving other parameters alone. Values equal to the
 * defaults are left out, except the period, which is always written so a shared link shows the same months.
 */
export function withDashboardFilters(url: string, values: DashboardFilterValues): string {
  const [path = '', search = ''] = url.split('?');
  const parameters = new URLSearchParams(search);
  const defaults = defaultDashboardFilters();

  for (const key of Object.keys(PARAMETERS) as (keyof DashboardFilterValues)[]) {
    const value = values[key];
    const isPeriod = key === 'fromMonth' || key === 'toMonth';

    if (value === '' || (!isPeriod && value === defaults[key])) parameters.delete(PARAMETERS[key]);
    else parameters.set(PARAMETERS[key], value);
  }
  const query = parameters.toString();

  return query === '' ? path : `${path}?${query}`;
}

function splitList(text: string): string[] | undefined {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

  return items.length === 0 ? undefined : items;
}

/** Return the viewer's IANA time zone; the KPI filter uses it so periods start at local midnight. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Turn the filter values into the API's `KpiFilter`, grouped by `groupBy`. */
export function toKpiFilter(values: DashboardFilterValues, groupBy: KpiGroupBy = 'NONE'): KpiFilter {
  const filter: KpiFilter = { fromMonth: values.fromMonth, toMonth: values.toMonth, timeZone: viewerTimeZone(), groupBy };
  const sources = splitList(values.sources);
  const industries = splitList(values.industries);
  const regions = splitList(values.regions);

  if (values.motion !== '') filter.motions = [values.motion];
  if (sources !== undefined) filter.sources = sources;
  if (industries !== undefined) filter.industries = industries;
  if (values.sizeBand !== '') filter.sizeBands = [values.sizeBand];
  if (regions !== undefined) filter.regions = regions;
  if (values.teamId !== '') filter.teamIds = [values.teamId];
  if (values.ownerId !== '') filter.ownerIds = [values.ownerId];

  return filter;
}
