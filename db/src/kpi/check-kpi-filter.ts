import { listCompanySizeBandKeys, type FieldProblem } from '@accord/governance';

import { KpiGroupBy, KpiPeriodUnit, type KpiFilter } from './kpi-types';

/** Most months one KPI request may cover, which bounds the rows a query scans and returns. */
export const MAX_KPI_MONTHS = 36;

/** Most values one list of a KPI filter may hold. */
export const MAX_KPI_FILTER_VALUES = 200;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A filter that passed `checkKpiFilter`, with defaults applied and month bounds as local dates. */
export interface CheckedKpiFilter {
  /** First local day covered, `YYYY-MM-01`. */
  fromDate: string;
  /** First local day no longer covered, `YYYY-MM-01`. */
  toDateExclusive: string;
  timeZone: string;
  periodUnit: KpiPeriodUnit;
  groupBy: KpiGroupBy;
  motions: string[];
  sources: string[];
  industries: string[];
  sizeBands: string[];
  countries: string[];
  regions: string[];
  teamIds: string[];
  ownerIds: string[];
}

/** A KPI filter with invalid values; `problems` name each field, value and fix. */
export class KpiFilterError extends Error {
  override readonly name = 'KpiFilterError';

  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => problem.message).join(' '));
  }
}

/** Returns true when the runtime's ICU data contains the IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });

    return true;
  } catch {
    return false;
  }
}

function monthIndex(month: string): number | null {
  const match = MONTH_PATTERN.exec(month);

  return match === null ? null : Number(match[1]) * 12 + Number(match[2]) - 1;
}

function formatMonthStart(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;

  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function checkList(field: string, values: string[] | null | undefined, problems: FieldProblem[], allowed?: readonly string[]): string[] {
  const list = values ?? [];
  if (list.length > MAX_KPI_FILTER_VALUES) {
    problems.push({ field, value: list.length, message: `${field} has ${list.length} values; pass at most ${MAX_KPI_FILTER_VALUES}.` });
  }

  for (const value of list) {
    if (allowed !== undefined && !allowed.includes(value)) {
      problems.push({ field, value, message: `${field} value "${value}" is unknown; use one of ${allowed.join(', ')}.` });
    }
  }

  return [...new Set(list)];
}

function checkIds(field: string, values: string[] | null | undefined, problems: FieldProblem[]): string[] {
  const list = checkList(field, values, problems);
  for (const value of list) {
    if (!UUID_PATTERN.test(value)) {
      problems.push({ field, value, message: `${field} value "${value}" is not an id; pass UUIDs.` });
    }
  }

  return list;
}

/** Checks a KPI filter and applies its defaults, or throws a `KpiFilterError` listing every problem. */
export function checkKpiFilter(filter: KpiFilter): CheckedKpiFilter {
  const problems: FieldProblem[] = [];

  const fromIndex = monthIndex(filter.fromMonth);
  if (fromIndex === null) {
    problems.push({ field: 'fromMonth', value: filter.fromMonth, message: `fromMonth "${filter.fromMonth}" is invalid; write a month as YYYY-MM, for example 2026-03.` });
  }

  const toIndex = monthIndex(filter.toMonth);
  if (toIndex === null) {
    problems.push({ field: 'toMonth', value: filter.toMonth, message: `toMonth "${filter.toMonth}" is invalid; write a month as YYYY-MM, for example 2026-03.` });
  }

  if (fromIndex !== null && toIndex !== null) {
    if (toIndex < fromIndex) {
      problems.push({ field: 'toMonth', value: filter.toMonth, message: `toMonth ${filter.toMonth} is before fromMonth ${filter.fromMonth}; swap them.` });
    } else if (toIndex - fromIndex + 1 > MAX_KPI_MONTHS) {
      problems.push({
        field: 'toMonth',
        value: filter.toMonth,
        message: `${filter.fromMonth} to ${filter.toMonth} covers ${toIndex - fromIndex + 1} months; ask for at most ${MAX_KPI_MONTHS}.`,
      });
    }
  }

  const timeZone = filter.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) {
    problems.push({ field: 'timeZone', value: timeZone, message: `timeZone "${timeZone}" is not an IANA time zone; use a name such as Europe/Berlin or UTC.` });
  }

  const checked: CheckedKpiFilter = {
    fromDate: formatMonthStart(fromIndex ?? 0),
    toDateExclusive: formatMonthStart((toIndex ?? 0) + 1),
    timeZone,
    periodUnit: filter.periodUnit ?? KpiPeriodUnit.Month,
    groupBy: filter.groupBy ?? KpiGroupBy.None,
    motions: checkList('motions', filter.motions, problems),
    sources: checkList('sources', filter.sources, problems),
    industries: checkList('industries', filter.industries, problems),
    sizeBands: checkList('sizeBands', filter.sizeBands, problems, listCompanySizeBandKeys()),
    countries: checkList('countries', filter.countries, problems),
    regions: checkList('regions', filter.regions, problems),
    teamIds: checkIds('teamIds', filter.teamIds, problems),
    ownerIds: checkIds('ownerIds', filter.ownerIds, problems),
  };

  if (problems.length > 0) {
    throw new KpiFilterError(problems);
  }

  return checked;
}
