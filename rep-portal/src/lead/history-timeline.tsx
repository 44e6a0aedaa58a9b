import { formatPreciseInstant } from '../format/format-precise-instant';
import { strings } from '../strings';
import type { StageTransition } from './lead.operations';

/** List the stage transitions of a lead, oldest first, with actor, reason, note and governance version. */
export function HistoryTimeline({ history }: { history: StageTransition[] }) {
  if (history.length === 0) return <p className="muted">{strings.lead.noHistory}</p>;

  const ordered = [...history].sort((left, right) => Date.parse(left.occurredAt) - Date.parse(right.occurredAt));

  return (
    <ol className="timeline">
      {ordered.map((transition) => (
        <TimelineEntry key={transition.id} transition={transition} />
      ))}
    </ol>
  );
}

function TimelineEntry({ transition }: { transition: StageTransition }) {
  const toLabel = strings.stage[transition.toStage];
  const heading =
    transition.fromStage === null
      ? strings.history.created(toLabel)
      : strings.history.transition(strings.stage[transition.fromStage], toLabel);
  const reason = transition.reasonCode;
  const note = transition.note ?? '';

  return (
    <li className="timeline-entry">
      <div className="timeline-heading">
        <strong>{heading}</strong>{' '}
        <span className="muted">{strings.history.by(transition.actor?.name ?? transition.actorLabel)}</span>
        <span className="badge">{strings.history.governanceVersion(transition.governanceVersion)}</span>
        <time dateTime={transition.occurredAt} className="timeline-time muted">
          {formatPreciseInstant(transition.occurredAt)}
        </time>
      </div>

      {(reason !== null || note !== '') && (
        <dl className="details timeline-details">
          {reason !== null && (
            <>
              <dt>{strings.history.reason}</dt>
              <dd>
                {reason.label} <span className="muted mono">({reason.code})</span>
              </dd>
            </>
          )}
          {note !== '' && (
            <>
              <dt>{strings.history.note}</dt>
              <dd>{note}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
}
