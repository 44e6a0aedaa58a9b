import { formatPreciseInstant } from '../format/format-precise-instant';
import { labelStageNames } from '../format/label-stage-names';
import { strings } from '../strings';
import type { SlaEvent } from './lead.operations';

/**
 * List the SLA timer events of a lead, oldest first, with instants to the second in the viewer's time
 * zone and stage labels in place of the stage names in each detail.
 */
export function SlaEventsTable({ events }: { events: SlaEvent[] }) {
  if (events.length === 0) return <p className="muted">{strings.lead.noSlaEvents}</p>;

  const labels = strings.slaEvents;
  const ordered = [...events].sort((left, right) => Date.parse(left.occurredAt) - Date.parse(right.occurredAt));

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.kind}</th>
            <th scope="col">{labels.stage}</th>
            <th scope="col">{labels.owner}</th>
            <th scope="col">{labels.dueAt}</th>
            <th scope="col">{labels.occurredAt}</th>
            <th scope="col">{labels.detail}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((event) => (
            <tr key={event.id}>
              <td>{labels.kindLabels[event.kind] ?? event.kind}</td>
              <td>{strings.stage[event.stage]}</td>
              <td>{event.owner?.name ?? strings.notSet}</td>
              <td className="instant">{event.dueAt === null ? strings.notSet : formatPreciseInstant(event.dueAt)}</td>
              <td className="instant">{formatPreciseInstant(event.occurredAt)}</td>
              <td>{event.detail === null ? strings.notSet : labelStageNames(event.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
