import { ErrorDisplay, useSession } from '@accord/portal-kit';
import { useState } from 'react';
import { strings } from '../strings';
import type { LeadDetail } from './lead.operations';
import { RejectForm } from './reject-form';
import { useAcceptLead } from './use-accept-lead';

/**
 * Offer Accept and Reject to the owner of an MQL lead, because both mutations act on the MQL hand-off
 * only (MQL to SAL or to REJECTED). The API checks the same rule and reports a violation as an error.
 */
export function LeadDecision({ lead }: { lead: LeadDetail }) {
  const { session } = useSession();
  const [rejecting, setRejecting] = useState(false);
  const [acceptLead, { loading, error, data }] = useAcceptLead();

  if (data?.acceptLead !== undefined) {
    return (
      <p role="status" className="notice">
        {strings.decision.accepted}
      </p>
    );
  }

  const ownedByViewer = lead.owner !== null && lead.owner.id === session?.user.id;
  if (!ownedByViewer || lead.stage !== 'MQL') return null;

  if (rejecting) return <RejectForm leadId={lead.id} onCancel={() => setRejecting(false)} />;

  return (
    <section className="card decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{strings.decision.heading}</h2>
      <ErrorDisplay error={error} />

      <div className="button-row">
        <button
          type="button"
          className="button primary"
          disabled={loading}
          onClick={() => void acceptLead({ variables: { id: lead.id } }).catch(() => undefined)}
        >
          {loading ? strings.decision.accepting : strings.decision.accept}
        </button>
        <button type="button" className="button danger" disabled={loading} onClick={() => setRejecting(true)}>
          {strings.decision.reject}
        </button>
      </div>
    </section>
  );
}
