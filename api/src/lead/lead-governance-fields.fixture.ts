import { Motion, buildDefaultGovernanceModel, type GovernanceModel, type LeadAttributes } from '@accord/governance';

export const ANNA_ID = '6f1c1f36-8a51-4a0c-9a77-0d4c0a6b7a10';
export const BEN_ID = '0b7e7d4e-1f7c-4c50-9a8e-4d2b5b0f3c11';

/** Builds the default model with one team, `emea` (Sales EMEA), and one pool, `emea-inbound` (EMEA inbound). */
export function buildTestModel(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: [{ key: 'emea', label: 'Sales EMEA' }],
    pools: [{ key: 'emea-inbound', label: 'EMEA inbound', teamKey: 'emea', memberIds: [ANNA_ID, BEN_ID] }],
  });
}

/** Builds an inbound lead with only e-mail and source, plus the overrides a test needs. */
export function buildTestAttributes(overrides: Partial<LeadAttributes> = {}): LeadAttributes {
  return {
    email: 'kim@example.com',
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    company: null,
    companyDomain: null,
    industry: null,
    employeeCount: null,
    annualRevenueUsd: null,
    country: null,
    region: null,
    city: null,
    source: 'Web',
    motion: Motion.Inbound,
    useCase: null,
    consent: null,
    fitScore: 0,
    behaviourScore: 0,
    ...overrides,
  };
}
