import { strings } from '../strings';
import type { CalibrationBand, CalibrationModel, ScoreBand } from './calibration.operations';

const labels = strings.calibration;

export function formatRate(rate: number | null): string {
  return rate === null ? labels.notAvailable : `${(rate * 100).toFixed(1)}%`;
}

function formatNumber(value: number | null, digits: number): string {
  return value === null || !Number.isFinite(value) ? labels.notAvailable : value.toFixed(digits);
}

/** Show one fitted model: AUC with its standard error, sample sizes, coefficients, and predicted against observed per band. */
export function ModelQuality({ model }: { model: CalibrationModel }) {
  const outcome = labels.outcome[model.outcome] ?? model.outcome;

  return (
    <section className="card">
      <h3>{outcome}</h3>
      <p>
        <strong>{labels.auc(formatNumber(model.auc.auc, 3), formatNumber(model.auc.standardError, 3))}</strong>{' '}
        <span className="muted">({labels.sampleSizes(model.trainingCount, model.heldOutCount)})</span>
      </p>
      <p className="small muted">{labels.coefficients(formatNumber(model.fitCoefficient, 4), formatNumber(model.behaviourCoefficient, 4))}</p>
      <CalibrationTable caption={labels.calibrationCaption(outcome)} bands={model.calibration} />
    </section>
  );
}

function CalibrationTable({ caption, bands }: { caption: string; bands: CalibrationBand[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.columns.band}</th>
            <th scope="col">{labels.columns.count}</th>
            <th scope="col">{labels.columns.predicted}</th>
            <th scope="col">{labels.columns.observed}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.low}>
              <th scope="row">{labels.band(band.low, band.high)}</th>
              <td>{band.count}</td>
              <td>{formatRate(band.meanPredicted)}</td>
              <td>{formatRate(band.observedRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Show the conversion table of one score: leads, MQLs, acceptance and conversion per 10-point band. */
export function ScoreBandTable({ caption, bands }: { caption: string; bands: ScoreBand[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.columns.band}</th>
            <th scope="col">{labels.columns.leads}</th>
            <th scope="col">{labels.columns.mqls}</th>
            <th scope="col">{labels.columns.decisions}</th>
            <th scope="col">{labels.columns.acceptance}</th>
            <th scope="col">{labels.columns.resolved}</th>
            <th scope="col">{labels.columns.conversion}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.low}>
              <th scope="row">{labels.band(band.low, band.high)}</th>
              <td>{band.leads}</td>
              <td>{band.mqls}</td>
              <td>{band.decisions}</td>
              <td>{labels.rateOf(formatRate(band.acceptanceRate), band.accepted, band.decisions)}</td>
              <td>{band.resolved}</td>
              <td>{labels.rateOf(formatRate(band.conversionRate), band.converted, band.resolved)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
