import { formatElapsed } from '@accord/portal-kit';
import { strings } from '../strings';
import type { LeadDetail } from './lead.operations';

const labels = strings.responseTimes;

type ResponseTimeFields = Pick<
  LeadDetail,
  'speedToLeadSeconds' | 'speedToLeadBusinessSeconds' | 'responseSeconds' | 'responseBusinessSeconds'
>;

/**
 * Show the two response measures side by side, in calendar and in business time: speed to lead runs
 * from arrival to the first rep touch, SLA time to first touch from assignment to that touch.
 */
export function ResponseTimes({ lead }: { lead: ResponseTimeFields }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.measure}</th>
            <th scope="col">{labels.calendar}</th>
            <th scope="col">{labels.business}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {labels.speedToLead}
              <div className="muted small">{labels.speedToLeadHint}</div>
            </th>
            <td>{formatSeconds(lead.speedToLeadSeconds)}</td>
            <td>{formatSeconds(lead.speedToLeadBusinessSeconds)}</td>
          </tr>
          <tr>
            <th scope="row">
              {labels.response}
              <div className="muted small">{labels.responseHint}</div>
            </th>
            <td>{formatSeconds(lead.responseSeconds)}</td>
            <td>{formatSeconds(lead.responseBusinessSeconds)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function formatSeconds(seconds: number | null): string {
  return seconds === null ? labels.notYet : formatElapsed(seconds);
}
