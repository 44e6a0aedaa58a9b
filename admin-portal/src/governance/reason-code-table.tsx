import { strings } from '../strings';
import type { ReasonCode } from './governance.operations';

const labels = strings.governance.reasonCodes;

/** List the reason codes of a governance version, active ones first, retired ones marked. */
export function ReasonCodeTable({ reasonCodes }: { reasonCodes: ReasonCode[] }) {
  const ordered = [...reasonCodes].sort(
    (left, right) => Number(right.active) - Number(left.active) || left.code.localeCompare(right.code),
  );

  return (
    <div className="table-wrap">
      <table>
        <caption>{labels.heading}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.code}</th>
            <th scope="col">{labels.label}</th>
            <th scope="col">{labels.kinds}</th>
            <th scope="col">{labels.noteRequired}</th>
            <th scope="col">{labels.status}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((reason) => (
            <tr key={reason.code} className={reason.active ? undefined : 'retired'}>
              <td className="mono">{reason.code}</td>
              <td>{reason.label}</td>
              <td>{reason.kinds.map((kind) => strings.reasonKind[kind]).join(', ')}</td>
              <td>{reason.noteRequired ? labels.noteRequiredYes : labels.noteRequiredNo}</td>
              <td>
                <span className={reason.active ? 'badge ok' : 'badge'}>
                  {reason.active ? labels.active : labels.retired}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
