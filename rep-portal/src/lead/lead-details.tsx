import { formatInstant } from '@accord/portal-kit';
import type { ReactNode } from 'react';
import { useViewerTimeZone } from '../format/use-viewer-time-zone';
import { strings } from '../strings';
import type { LeadDetail } from './lead.operations';

const fields = strings.lead.fields;
const numberFormat = new Intl.NumberFormat();
const currencyFormat = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Show the contact, company, qualification and ownership fields of a lead, one card each. */
export function LeadDetails({ lead }: { lead: LeadDetail }) {
  const timeZone = useViewerTimeZone();
  const location = [lead.city, lead.region, lead.country].filter(Boolean).join(', ');

  return (
    <div className="detail-grid">
      <DetailCard heading={strings.lead.sections.contact}>
        <Detail term={fields.name}>{lead.fullName}</Detail>
        <Detail term={fields.email}>
          <a href={`mailto:${lead.email}`}>{lead.email}</a>
        </Detail>
        <Detail term={fields.title}>{lead.title}</Detail>
        <Detail term={fields.phone}>{lead.phone}</Detail>
      </DetailCard>

      <DetailCard heading={strings.lead.sections.company}>
        <Detail term={fields.company}>{lead.company}</Detail>
        <Detail term={fields.companyDomain}>{lead.companyDomain}</Detail>
        <Detail term={fields.industry}>{lead.industry}</Detail>
        <Detail term={fields.employeeCount}>
          {lead.employeeCount === null ? null : numberFormat.format(lead.employeeCount)}
        </Detail>
        <Detail term={fields.annualRevenueUsd}>
          {lead.annualRevenueUsd === null ? null : currencyFormat.format(lead.annualRevenueUsd)}
        </Detail>
        <Detail term={fields.location}>{location}</Detail>
      </DetailCard>

      <DetailCard heading={strings.lead.sections.qualification}>
        <Detail term={fields.fitScore}>{lead.fitScore}</Detail>
        <Detail term={fields.behaviourScore}>{lead.behaviourScore}</Detail>
        <Detail term={fields.motion}>{strings.motion[lead.motion]}</Detail>
        <Detail term={fields.source}>{lead.source}</Detail>
        <Detail term={fields.useCase}>{lead.useCase}</Detail>
        <Detail term={fields.consent}>{formatConsent(lead.consent)}</Detail>
      </DetailCard>

      <DetailCard heading={strings.lead.sections.ownership}>
        <Detail term={fields.owner}>{lead.owner?.name}</Detail>
        <Detail term={fields.team}>{lead.team?.label}</Detail>
        <Detail term={fields.arrivedAt}>{formatInstant(lead.arrivedAt, timeZone)}</Detail>
        <Detail term={fields.assignedAt}>{formatOptionalInstant(lead.assignedAt, timeZone)}</Detail>
        <Detail term={fields.acceptedAt}>{formatOptionalInstant(lead.acceptedAt, timeZone)}</Detail>
        <Detail term={fields.firstTouchAt}>{formatOptionalInstant(lead.firstTouchAt, timeZone)}</Detail>
        <Detail term={fields.slaDueAt}>{formatOptionalInstant(lead.slaDueAt, timeZone)}</Detail>
        <Detail term={fields.governanceVersion}>{lead.governanceVersion}</Detail>
      </DetailCard>
    </div>
  );
}

function DetailCard({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="card" aria-label={heading}>
      <h2>{heading}</h2>
      <dl className="details">{children}</dl>
    </section>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';

  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">{strings.notSet}</span> : children}</dd>
    </>
  );
}

function formatOptionalInstant(iso: string | null, timeZone: string | undefined): string | null {
  return iso === null ? null : formatInstant(iso, timeZone);
}

function formatConsent(consent: boolean | null): string | null {
  if (consent === null) return null;

  return consent ? strings.lead.consent.yes : strings.lead.consent.no;
}
