import { Motion, type LeadInput } from '@accord/governance';
import { Field, Float, InputType, Int } from 'type-graphql';

import { trimToNull } from './trim-to-null';
import { MotionEnum } from '../schema/graphql-enums';

/**
 * A lead as the API receives it. Business rules (valid e-mail, known source, consent) are checked by
 * the intake service, not here, so that a rejected submission is stored with its problems.
 */
@InputType('LeadInput', { description: 'A new lead. Empty strings count as missing values.' })
export class LeadSubmissionInput {
  @Field(() => String, { description: 'Contact e-mail address; duplicates are detected on it, ignoring case.' })
  email!: string;

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

  @Field(() => String, { nullable: true, description: 'Company web domain, such as example.com.' })
  companyDomain?: string | null;

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

  @Field(() => String, { description: 'Where the lead came from, such as Web or Partner Referral.' })
  source!: string;

  @Field(() => MotionEnum, {
    nullable: true,
    description:
      'Motion, INBOUND when absent. A partner’s lead is always PARTNER, and a partner that sends another motion gets BAD_USER_INPUT.',
  })
  motion?: Motion | null;

  @Field(() => String, { nullable: true, description: 'What the contact wants to achieve.' })
  useCase?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether consent to contact was captured.' })
  consent?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Behaviour (intent) score measured by the sender, in points from 0 to 100.' })
  behaviourScore?: number | null;

  @Field(() => Date, { nullable: true, description: 'When the lead first arrived at the sender; the time of submission when absent.' })
  arrivedAt?: Date | null;
}

/** Trims every text field, turns empty strings into nulls and fills the fields the API does not take. */
export function toLeadInput(input: LeadSubmissionInput, defaults: { motion: Motion | null }): LeadInput {
  return {
    email: trimToNull(input.email),
    firstName: trimToNull(input.firstName),
    lastName: trimToNull(input.lastName),
    title: trimToNull(input.title),
    phone: trimToNull(input.phone),
    company: trimToNull(input.company),
    companyDomain: trimToNull(input.companyDomain)?.toLowerCase() ?? null,
    industry: trimToNull(input.industry),
    employeeCount: input.employeeCount ?? null,
    annualRevenueUsd: input.annualRevenueUsd ?? null,
    country: trimToNull(input.country),
    region: trimToNull(input.region),
    city: trimToNull(input.city),
    source: trimToNull(input.source),
    motion: input.motion ?? defaults.motion,
    useCase: trimToNull(input.useCase),
    consent: input.consent ?? null,
    behaviourScore: input.behaviourScore ?? null,
    sourceStatus: null,
    arrivedAt: input.arrivedAt?.toISOString() ?? null,
    stage: null,
    reasonCode: null,
    note: null,
  };
}
