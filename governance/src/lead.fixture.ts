import { Motion, type LeadAttributes, type LeadInput } from './model';

/** Builds a valid inbound lead with every optional field empty, plus the overrides a test needs. */
export function makeLead(overrides: Partial<LeadAttributes> = {}): LeadAttributes {
  return {
    email: 'ada@example.com',
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

/** Builds a valid submission with only email and source, plus the overrides a test needs. */
export function makeLeadInput(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    email: 'ada@example.com',
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
    motion: null,
    useCase: null,
    consent: null,
    behaviourScore: null,
    sourceStatus: null,
    arrivedAt: null,
    stage: null,
    reasonCode: null,
    note: null,
    ...overrides,
  };
}
