import { strings } from '../strings';
import type { MotionDefinition } from './governance.operations';

const labels = strings.governance.motions;

/** Show the fit and intent score thresholds a lead of each motion must reach to become an MQL. */
export function MotionTable({ motions }: { motions: MotionDefinition[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{labels.heading}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.motion}</th>
            <th scope="col" className="numeric">
              {labels.fitThreshold}
            </th>
            <th scope="col" className="numeric">
              {labels.intentThreshold}
            </th>
          </tr>
        </thead>
        <tbody>
          {motions.map((motion) => (
            <tr key={motion.motion}>
              <td>{motion.label}</td>
              <td className="numeric">{motion.fitThreshold}</td>
              <td className="numeric">{motion.intentThreshold}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
