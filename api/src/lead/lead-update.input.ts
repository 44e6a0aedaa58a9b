import type { LeadInput } from '@accord/governance';
import { Field, Float, InputType, Int } from 'type-graphql';

/** Lead fields a user may edit after submission. E-mail, source and motion stay as submitted. */
export const UPDATABLE_LEAD_FIELDS = [
  'firstName',
  'lastName',
  'title',
  'phone',
  'company',
  'industry',
  'employeeCount',
  'annualRevenueUsd',
  'country',
  'region',
  'city',
  'useCase',
  'consent',
] as const satisfies readonly (keyof LeadInput)[];

export type UpdatableLeadField = (typeof UPDATABLE_LEAD_FIELDS)[number];

/** The fields an edit sets: a key that is absent stays unchanged, and null clears the value. */
export type LeadUpdate = Partial<Pick<LeadInput, UpdatableLeadField>>;

@InputType('LeadUpdateInput', {
  description: 'Changes to a lead. An omitted field stays as it is; null or an empty string clears it.',
})
export class LeadUpdateInput {
  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Company name.' })
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'Industry of the company.' })
  industry?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  employeeCount?: number | null;

  @Field(() => Float, { nullable: true, description: 'Annual revenue in whole US dollars.' })
  annualRevenueUsd?: number | null;

  @Field(() => String, { nullable: true, description: 'Country; some countries require consent.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Region or state.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'What the contact wants to achieve.' })
  useCase?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether consent to contact was captured.' })
  consent?: boolean | null;
}

/** Keeps the fields the input sets, null included; the update service trims text and turns empty strings into nulls. */
export function toLeadUpdate(input: LeadUpdateInput): LeadUpdate {
  const update: LeadUpdate = {};

  for (const field of UPDATABLE_LEAD_FIELDS) {
    if (input[field] !== undefined) {
      Object.assign(update, { [field]: input[field] });
    }
  }

  return update;
}
