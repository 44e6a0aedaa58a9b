import { LEAD_FIELDS, type LeadField } from './model';

const FIELD_LABELS: Record<LeadField, string> = {
  email: 'email',
  firstName: 'first name',
  lastName: 'last name',
  title: 'title',
  phone: 'phone',
  company: 'company',
  companyDomain: 'company domain',
  industry: 'industry',
  employeeCount: 'employee count',
  annualRevenueUsd: 'annual revenue (USD)',
  country: 'country',
  region: 'region',
  city: 'city',
  source: 'source',
  motion: 'motion',
  useCase: 'use case',
  consent: 'consent',
  fitScore: 'fit score',
  behaviourScore: 'behaviour score',
};

/** Returns the words an admin reads for a lead field, such as `fit score` for `fitScore`. */
export function describeField(field: LeadField): string {
  return FIELD_LABELS[field];
}

export function isLeadField(value: unknown): value is LeadField {
  return typeof value === 'string' && (LEAD_FIELDS as readonly string[]).includes(value);
}

/** Returns false for null, undefined and strings that are empty after trimming, and true otherwise. */
export function isValuePresent(value: unknown): boolean {
  if (value === null || value === undefined) {
    return false;
  }

  return typeof value !== 'string' || value.trim() !== '';
}

/** Returns the fields of `fields` that the lead lacks, in the order given. */
export function findMissingFields(lead: object, fields: readonly LeadField[]): LeadField[] {
  const values = lead as Partial<Record<LeadField, unknown>>;

  return fields.filter((field) => !isValuePresent(values[field]));
}
