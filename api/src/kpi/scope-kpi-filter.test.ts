import { Role } from '@accord/governance';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import { scopeKpiFilter } from './scope-kpi-filter';

const TEAM = '11111111-1111-4111-8111-111111111111';
const OTHER_TEAM = '22222222-2222-4222-8222-222222222222';
const FILTER = { fromMonth: '2026-01', toMonth: '2026-03' };

function caller(role: Role, teamId: string | null = null): Caller {
  return { id: '33333333-3333-4333-8333-333333333333', role, teamId, partnerId: null };
}

function failureOf(action: () => unknown): AccordError | null {
  try {
    action();

    return null;
  } catch (error) {
    return error as AccordError;
  }
}

describe('scopeKpiFilter', () => {
  it.each([Role.Admin, Role.MarketingOps])('leaves the filter of %s unchanged', (role) => {
    expect(scopeKpiFilter(caller(role), { ...FILTER, teamIds: [OTHER_TEAM] })).toEqual({ ...FILTER, teamIds: [OTHER_TEAM] });
  });

  it('sets the team of a manager', () => {
    expect(scopeKpiFilter(caller(Role.Manager, TEAM), FILTER).teamIds).toEqual([TEAM]);
  });

  it('accepts a manager naming their own team', () => {
    expect(scopeKpiFilter(caller(Role.Manager, TEAM), { ...FILTER, teamIds: [TEAM] }).teamIds).toEqual([TEAM]);
  });

  it('forbids a manager another team', () => {
    const failure = failureOf(() => scopeKpiFilter(caller(Role.Manager, TEAM), { ...FILTER, teamIds: [TEAM, OTHER_TEAM] }));

    expect(failure?.code).toBe('FORBIDDEN');
    expect(failure?.message).toContain(OTHER_TEAM);
  });

  it('forbids a manager without a team', () => {
    expect(failureOf(() => scopeKpiFilter(caller(Role.Manager), FILTER))?.code).toBe('FORBIDDEN');
  });

  it.each([Role.Rep, Role.Partner])('forbids %s', (role) => {
    expect(failureOf(() => scopeKpiFilter(caller(role, TEAM), FILTER))?.code).toBe('FORBIDDEN');
  });
});
