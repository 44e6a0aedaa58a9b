import type { LeadUpdateInput } from './lead-activity.operations';

/** Input kind of a field in the missing-fields form, which sets the control and the value's type. */
export type LeadFieldKind = 'text' | 'tel' | 'textarea' | 'integer' | 'amount' | 'consent';

/** The fields `updateLead` accepts, each with its input kind. Other lead fields cannot be set by a rep. */
export const EDITABLE_LEAD_FIELDS: Readonly<Record<keyof LeadUpdateInput, LeadFieldKind>> = {
  firstName: 'text',
  lastName: 'text',
  title: 'text',
  phone: 'tel',
  company: 'text',
  industry: 'text',
  employeeCount: 'integer',
  annualRevenueUsd: 'amount',
  country: 'text',
  region: 'text',
  city: 'text',
  useCase: 'textarea',
  consent: 'consent',
};

export function isEditableLeadField(field: string): field is keyof LeadUpdateInput {
  return Object.hasOwn(EDITABLE_LEAD_FIELDS, field);
}

/**
 * Build the `updateLead` input from the form's text values. Empty values are left out, so they keep
 * the lead's value; numbers and consent are converted to the API's types.
 */
export function toLeadUpdateInput(values: Readonly<Record<string, string>>): LeadUpdateInput {
  const input: Record<string, string | number | boolean> = {};

  for (const [field, raw] of Object.entries(values)) {
    const value = raw.trim();
    if (value === '' || !isEditableLeadField(field)) continue;

    const kind = EDITABLE_LEAD_FIELDS[field];
    if (kind === 'integer' || kind === 'amount') input[field] = Number(value);
    else if (kind === 'consent') input[field] = value === 'true';
    else input[field] = value;
  }

  return input as LeadUpdateInput;
}
