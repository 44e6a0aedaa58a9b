import { formatDuration, formatInstant, Link } from '@accord/portal-kit';
import { strings } from '../strings';
import type { ReviewPack } from './review.operations';

const labels = strings.reviews;

type Kpi = ReviewPack['kpis'][number];

function formatPercent(ratio: number | null): string {
  return ratio === null ? labels.notAvailable : `${(ratio * 100).toFixed(1)}%`;
}

/** Seconds as hours with one decimal, so medians of different months compare at a glance. */
function formatHours(seconds: number): string {
  return `${(seconds / 3600).toFixed(1)} h`;
}

function formatKpiValue(kpi: Kpi, value: number | null): string {
  if (value === null) return labels.notAvailable;
  if (kpi.unit === 'RATIO') return formatPercent(value);
  if (kpi.unit === 'SECONDS') return formatHours(value);

  return String(value);
}

function formatChange(kpi: Kpi): string {
  if (kpi.change === null) return labels.notAvailable;
  if (kpi.change === 0) return labels.noChange;
  const sign = kpi.change > 0 ? '+' : '−';
  const size = Math.abs(kpi.change);
  if (kpi.unit === 'RATIO') return labels.ratioPoints(`${sign}${(size * 100).toFixed(1)}`);
  if (kpi.unit === 'SECONDS') return `${sign}${formatHours(size)}`;

  return `${sign}${size}`;
}

export function KpiSection({ pack }: { pack: ReviewPack }) {
  return (
    <section className="card" aria-label={labels.kpiHeading}>
      <h2>{labels.kpiHeading}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{labels.kpiCaption(pack.month, pack.previousMonth)}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.kpiColumns.kpi}</th>
              <th scope="col">{`${labels.kpiColumns.value} (${pack.month})`}</th>
              <th scope="col">{`${labels.kpiColumns.previous} (${pack.previousMonth})`}</th>
              <th scope="col">{labels.kpiColumns.change}</th>
            </tr>
          </thead>
          <tbody>
            {pack.kpis.map((kpi) => (
              <tr key={kpi.key}>
                <th scope="row">{kpi.label}</th>
                <td>{formatKpiValue(kpi, kpi.value)}</td>
                <td>{formatKpiValue(kpi, kpi.previous)}</td>
                <td>{formatChange(kpi)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function SlaSection({ pack }: { pack: ReviewPack }) {
  return (
    <section className="card" aria-label={labels.slaHeading}>
      <h2>{labels.slaHeading}</h2>
      {pack.slaComplianceByTeam.length === 0 ? (
        <p className="muted">{labels.noSla}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{labels.slaCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.slaColumns.team}</th>
                <th scope="col">{labels.slaColumns.met}</th>
                <th scope="col">{labels.slaColumns.breached}</th>
                <th scope="col">{labels.slaColumns.rate}</th>
                <th scope="col">{labels.slaColumns.stages}</th>
              </tr>
            </thead>
            <tbody>
              {pack.slaComplianceByTeam.map((team) => (
                <tr key={team.teamId ?? 'none'}>
                  <th scope="row">{team.teamLabel}</th>
                  <td>{team.met}</td>
                  <td>{team.breached}</td>
                  <td>{formatPercent(team.complianceRate)}</td>
                  <td className="small">
                    {team.stages.map((stage) => (
                      <div key={stage.stage}>{labels.slaStage(strings.stage[stage.stage as keyof typeof strings.stage] ?? stage.stage, stage.met, stage.breached)}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function RejectionSection({ pack }: { pack: ReviewPack }) {
  return (
    <section className="card" aria-label={labels.reasonsHeading}>
      <h2>{labels.reasonsHeading}</h2>
      <p className="muted small">{labels.reasonsIntro}</p>
      {pack.rejectionReasonsBySegment.length === 0 ? (
        <p className="muted">{labels.noRejections}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{labels.reasonsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.reasonColumns.segment}</th>
                <th scope="col">{labels.reasonColumns.rejections}</th>
                <th scope="col">{labels.reasonColumns.reasons}</th>
              </tr>
            </thead>
            <tbody>
              {pack.rejectionReasonsBySegment.map((segment) => (
                <tr key={segment.segment}>
                  <th scope="row">{labels.segment(segment.segment)}</th>
                  <td>{segment.rejections}</td>
                  <td>
                    <ol className="small">
                      {segment.reasons.map((reason) => (
                        <li key={reason.reasonCode ?? 'none'}>{labels.reason(reason.label, reason.leads, formatPercent(reason.share))}</li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function StuckLeadSection({ pack }: { pack: ReviewPack }) {
  const stuck = pack.stuckLeads;

  return (
    <section className="card" aria-label={labels.stuckHeading}>
      <h2>{labels.stuckHeading}</h2>
      {stuck.total === 0 ? (
        <p className="muted">{labels.noStuck}</p>
      ) : (
        <>
          <p className="muted small">{labels.stuckIntro(stuck.total, stuck.leads.length, formatInstant(stuck.asOf))}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{labels.stuckCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.stuckColumns.lead}</th>
                  <th scope="col">{labels.stuckColumns.stage}</th>
                  <th scope="col">{labels.stuckColumns.owner}</th>
                  <th scope="col">{labels.stuckColumns.since}</th>
                  <th scope="col">{labels.stuckColumns.limit}</th>
                  <th scope="col">{labels.stuckColumns.why}</th>
                </tr>
              </thead>
              <tbody>
                {stuck.leads.map((lead) => (
                  <tr key={lead.leadId}>
                    <th scope="row">
                      {lead.company === null ? (
                        <span className="muted">{labels.noCompany}</span>
                      ) : (
                        <Link to={`/leads?search=${encodeURIComponent(lead.company)}`} aria-label={labels.findLead(lead.company)}>
                          {lead.company}
                        </Link>
                      )}
                    </th>
                    <td>{strings.stage[lead.stage as keyof typeof strings.stage] ?? lead.stage}</td>
                    <td>{[lead.ownerName, lead.teamLabel].filter((part) => part !== null).join(', ') || strings.notSet}</td>
                    <td>{formatInstant(lead.stageEnteredAt)}</td>
                    <td>{lead.limitSeconds === null ? labels.notAvailable : formatDuration(lead.limitSeconds)}</td>
                    <td>{lead.reasons.map((reason) => labels.stuckReason[reason] ?? reason).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function CalibrationSection({ pack }: { pack: ReviewPack }) {
  return (
    <section className="card" aria-label={labels.calibrationHeading}>
      <h2>{labels.calibrationHeading}</h2>
      <p>
        <Link to="/governance/calibration">{labels.calibrationLink}</Link>
      </p>
      {pack.calibration.map((motion) => (
        <div key={motion.motion}>
          <h3>{strings.motion[motion.motion as keyof typeof strings.motion] ?? motion.motion}</h3>
          {motion.error !== null ? (
            <p role="status">{labels.calibrationError(motion.error)}</p>
          ) : (
            <>
              <p className="muted small">{labels.calibrationCounts(motion.leadCount, motion.decisionCount, motion.governanceVersion)}</p>
              {motion.refusal !== null && <p>{motion.refusal}</p>}
              {motion.refusal === null && motion.proposals.length === 0 && <p>{labels.noProposals}</p>}
              <ul>
                {motion.proposals.map((proposal) => (
                  <li key={proposal.id}>
                    <strong>
                      {labels.proposal(
                        labels.proposalKind[proposal.kind] ?? proposal.kind,
                        `${proposal.currentMqlCount} → ${proposal.proposedMqlCount}`,
                        `${formatPercent(proposal.currentAcceptanceRate)} → ${formatPercent(proposal.proposedAcceptanceRate)}`,
                      )}
                    </strong>
                    {proposal.kind === 'THRESHOLDS' && <div className="small">{labels.thresholds(proposal.fitThreshold, proposal.intentThreshold)}</div>}
                    <ul className="small">
                      {proposal.explanation.map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
