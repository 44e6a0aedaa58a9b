import { LEAD_SLA_STATES, MOTIONS, STAGES, type LeadSlaState, type Motion, type Stage } from '@accord/portal-kit';
import type { LeadFilterValues } from './lead-filters';

/** Read lead filters from a query string. A missing or unknown value means no filter. */
export function readLeadFilters(search: string): LeadFilterValues {
  const parameters = new URLSearchParams(search);

  return {
    stage: pickKnown(parameters.get('stage'), STAGES),
    motion: pickKnown(parameters.get('motion'), MOTIONS),
    slaState: pickKnown(parameters.get('slaState'), LEAD_SLA_STATES),
  };
}

/**
 * Write lead filters into the query parameters of `basePath`, keeping its other parameters, so a
 * reload or a lead's back link shows the same list.
 */
export function withLeadFilters(basePath: string, filters: LeadFilterValues): string {
  const url = new URL(basePath, window.location.origin);
  for (const name of ['stage', 'motion', 'slaState'] as const) {
    if (filters[name] === '') url.searchParams.delete(name);
    else url.searchParams.set(name, filters[name]);
  }

  return `${url.pathname}${url.search}`;
}

/** Convert filter values to the API's `LeadFilter`, whose fields take lists. */
export function toLeadFilter(filters: LeadFilterValues): { stage?: Stage[]; motion?: Motion[]; slaState?: LeadSlaState[] } {
  return {
    ...(filters.stage === '' ? {} : { stage: [filters.stage] }),
    ...(filters.motion === '' ? {} : { motion: [filters.motion] }),
    ...(filters.slaState === '' ? {} : { slaState: [filters.slaState] }),
  };
}

function pickKnown<T extends string>(value: string | null, known: readonly T[]): T | '' {
  return value !== null && known.includes(value as T) ? (value as T) : '';
}
