import type { LeadAttributes, Motion } from '@accord/governance';
import type { LeadEntity } from './entities';

/** The governance view of a stored lead: the fields that criteria, required-field checks and routing read. */
export function leadEntityToAttributes(lead: LeadEntity): LeadAttributes {
  return {
    email: lead.email,
    firstName: lead.firstName,
    lastName: lead.lastName,
    title: lead.title,
    phone: lead.phone,
    company: lead.company,
    companyDomain: lead.companyDomain,
    industry: lead.industry,
    employeeCount: lead.employeeCount,
    annualRevenueUsd: lead.annualRevenueUsd === null ? null : Number(lead.annualRevenueUsd),
    country: lead.country,
    region: lead.region,
    city: lead.city,
    source: lead.source,
    motion: lead.motion as Motion,
    useCase: lead.useCase,
    consent: lead.consent,
    fitScore: lead.fitScore,
    behaviourScore: lead.behaviourScore,
  };
}
