import { strings } from '../strings';
import type { LeadDetail } from './lead.operations';

const labels = strings.score;
const pointsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** The API's event name for the behaviour score a lead was submitted with. */
const SUBMITTED_SCORE_EVENT = 'submitted score';

/**
 * Explain the lead's scores: each fit weight that matched with its points, and each engagement event
 * name with its count, its points before decay and what those points count now.
 */
export function ScoreBreakdownPanel({ lead }: { lead: LeadDetail }) {
  const { fit, behaviour } = lead.scoreBreakdown;

  return (
    <div className="score-breakdown">
      <div className="table-wrap">
        <table>
          <caption>{labels.fitCaption(lead.fitScore)}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.weight}</th>
              <th scope="col">{labels.points}</th>
            </tr>
          </thead>
          <tbody>
            {fit.length === 0 && (
              <tr>
                <td colSpan={2} className="muted">
                  {labels.noFit}
                </td>
              </tr>
            )}
            {fit.map((line, index) => (
              <tr key={`${line.field}-${index}`}>
                <td>{line.matched}</td>
                <td>{pointsFormat.format(line.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="table-wrap">
        <table>
          <caption>{labels.behaviourCaption(lead.behaviourScore)}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.event}</th>
              <th scope="col">{labels.count}</th>
              <th scope="col">{labels.points}</th>
              <th scope="col">{labels.decayedPoints}</th>
            </tr>
          </thead>
          <tbody>
            {behaviour.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {labels.noBehaviour}
                </td>
              </tr>
            )}
            {behaviour.map((line) => (
              <tr key={line.event}>
                <td>{line.event === SUBMITTED_SCORE_EVENT ? labels.submittedScore : line.event}</td>
                <td>{line.count}</td>
                <td>{pointsFormat.format(line.points)}</td>
                <td>{pointsFormat.format(line.decayedPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{labels.clampNote}</p>
    </div>
  );
}
