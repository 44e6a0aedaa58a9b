import { ErrorDisplay, formatInstant, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { NumberField } from '../common/fields';
import { useCanEditGovernance } from '../common/use-is-admin';
import { strings } from '../strings';
import { CALIBRATION_MOTIONS, CALIBRATION_REPORT, type CalibrationMotion, type CalibrationReport } from './calibration.operations';
import { ModelQuality, ScoreBandTable } from './calibration-tables';
import { ProposalCard } from './proposal-card';

const labels = strings.calibration;

/** Days of lead history a report covers by default, and the range the API accepts. */
const DEFAULT_DAYS = 180;
const MIN_DAYS = 1;
const MAX_DAYS = 730;

/**
 * Show, per motion, how well the scores predicted acceptance and conversion, the outcome tables by
 * score band, and the proposed thresholds and fit weights. Creating a draft is the only write.
 */
export function CalibrationPage() {
  const kitStrings = useKitStrings();
  const canEdit = useCanEditGovernance();
  const [motion, setMotion] = useState<CalibrationMotion>('INBOUND');
  const [days, setDays] = useState<number | null>(DEFAULT_DAYS);
  // The report reruns the models over the whole period, so it runs on submit, not on every keystroke.
  const [request, setRequest] = useState({ motion, days: DEFAULT_DAYS });
  const daysValid = days !== null && Number.isInteger(days) && days >= MIN_DAYS && days <= MAX_DAYS;
  const { data, error, loading } = useQuery(CALIBRATION_REPORT, {
    variables: request,
    skip: !canEdit,
    fetchPolicy: 'network-only',
  });
  const report = data?.calibrationReport;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (days === null || !daysValid) return;

    setRequest({ motion, days });
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{labels.heading}</h1>
          <p className="muted">{labels.intro}</p>
        </div>
      </div>

      {!canEdit && <p className="card empty">{labels.forbidden}</p>}

      <form className="filters card picker-form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{labels.motion}</span>
          <select value={motion} onChange={(event) => setMotion(event.target.value as CalibrationMotion)}>
            {CALIBRATION_MOTIONS.map((value) => (
              <option key={value} value={value}>
                {strings.motion[value]}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={labels.days}
          hint={labels.daysHint}
          integer
          min={MIN_DAYS}
          max={MAX_DAYS}
          value={days}
          errors={daysValid ? [] : [labels.daysRange]}
          onChange={setDays}
        />
        <button type="submit" className="button primary" disabled={loading || !daysValid || !canEdit}>
          {loading ? labels.running : labels.run}
        </button>
      </form>

      <ErrorDisplay error={error} />
      {loading && <p className="muted">{kitStrings.loading}</p>}
      {report !== undefined && !loading && <ReportView report={report} days={request.days} canEdit={canEdit} />}
    </>
  );
}

function ReportView({ report, days, canEdit }: { report: CalibrationReport; days: number; canEdit: boolean }) {
  return (
    <>
      <section className="card">
        <p>{labels.period(formatInstant(report.periodStart), formatInstant(report.periodEnd), report.governanceVersion)}</p>
        <p>{labels.counts(report.leadCount, report.mqlCount, report.decisionCount, report.acceptedCount)}</p>
        <p>{labels.conversionCounts(report.resolvedCount, report.convertedCount)}</p>
        <p>{labels.currentThresholds(report.fitThreshold, report.intentThreshold)}</p>
      </section>

      {report.refusal !== null && (
        <section className="card" role="status">
          <h2>{labels.refusedHeading}</h2>
          <p>{report.refusal}</p>
        </section>
      )}

      {report.acceptance !== null && (
        <>
          <h2>{labels.qualityHeading}</h2>
          <p className="muted">{labels.qualityIntro}</p>
          <ModelQuality model={report.acceptance} />
          {report.conversion !== null && <ModelQuality model={report.conversion} />}
        </>
      )}

      {report.refusal === null && (
        <>
          <h2>{labels.proposalsHeading}</h2>
          {report.proposals.length === 0 && <p className="card empty">{labels.noProposals}</p>}
          {report.proposals.map((proposal) => (
            <ProposalCard key={proposal.id} motion={report.motion} days={days} proposal={proposal} canEdit={canEdit} />
          ))}
        </>
      )}

      {report.notes.length > 0 && (
        <section className="card">
          <h2>{labels.notesHeading}</h2>
          <ul>
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      <h2>{labels.bandsHeading}</h2>
      <ScoreBandTable caption={labels.fitBandsCaption} bands={report.fitBands} />
      <ScoreBandTable caption={labels.behaviourBandsCaption} bands={report.behaviourBands} />
    </>
  );
}
