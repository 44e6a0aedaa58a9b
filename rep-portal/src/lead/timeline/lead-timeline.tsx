import type { ReactNode } from 'react';
import { formatPreciseInstant } from '../../format/format-precise-instant';
import { labelStageNames } from '../../format/label-stage-names';
import { useViewerTimeZone } from '../../format/use-viewer-time-zone';
import { strings } from '../../strings';
import { buildTimeline, type TimelineItem, type TimelineSource } from './build-timeline';

const labels = strings.timeline;

/**
 * List everything that happened to a lead in one chronological list: stage changes, SLA clock events,
 * contact attempts and notes, each with who acted and when, to the second, in the viewer's time zone.
 */
export function LeadTimeline({ lead }: { lead: TimelineSource }) {
  const timeZone = useViewerTimeZone();
  const items = buildTimeline(lead);
  if (items.length === 0) return <p className="muted">{labels.empty}</p>;

  return (
    <ol className="timeline">
      {items.map((item) => (
        <li key={item.id} className={`timeline-entry timeline-${item.kind}`}>
          <TimelineEntry item={item} timeZone={timeZone} />
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({ item, timeZone }: { item: TimelineItem; timeZone: string | undefined }) {
  const time = (
    <time dateTime={item.at} className="timeline-time muted">
      {formatPreciseInstant(item.at, timeZone)}
    </time>
  );

  switch (item.kind) {
    case 'stage': {
      const { transition } = item;
      const toLabel = strings.stage[transition.toStage];
      const heading =
        transition.fromStage === null
          ? strings.history.created(toLabel)
          : strings.history.transition(strings.stage[transition.fromStage], toLabel);

      return (
        <>
          <EntryHeading kind={labels.kinds.stage} title={heading} actor={transition.actor?.name ?? transition.actorLabel} time={time}>
            <span className="badge">{strings.history.governanceVersion(transition.governanceVersion)}</span>
          </EntryHeading>
          <EntryDetails
            rows={[
              [strings.history.reason, transition.reasonCode && `${transition.reasonCode.label} (${transition.reasonCode.code})`],
              [strings.history.note, transition.note],
            ]}
          />
        </>
      );
    }
    case 'sla': {
      const { event } = item;
      const kindLabel = strings.slaEvents.kindLabels[event.kind] ?? event.kind;
      const actor = SYSTEM_SLA_KINDS.has(event.kind) ? labels.slaClock : null;

      return (
        <>
          <EntryHeading kind={labels.kinds.sla} title={`${kindLabel} · ${strings.stage[event.stage]}`} actor={actor} time={time} />
          <EntryDetails
            rows={[
              [strings.slaEvents.detail, event.detail && labelStageNames(event.detail)],
              [strings.slaEvents.owner, event.owner?.name ?? null],
              [strings.slaEvents.dueAt, event.dueAt && formatPreciseInstant(event.dueAt, timeZone)],
            ]}
          />
        </>
      );
    }
    case 'contact': {
      const { attempt } = item;
      const title = `${strings.contact.channel[attempt.channel]} · ${strings.contact.outcome[attempt.outcome]}`;

      return (
        <>
          <EntryHeading kind={labels.kinds.contact} title={title} actor={attempt.actor?.name ?? labels.unknownActor} time={time} />
          <EntryDetails rows={[[strings.history.note, attempt.note]]} />
        </>
      );
    }
    case 'note':
      return (
        <>
          <EntryHeading kind={labels.kinds.note} title={labels.noteTitle} actor={item.note.actor?.name ?? labels.unknownActor} time={time} />
          <p className="timeline-details timeline-note-body">{item.note.body}</p>
        </>
      );
  }
}

// Kinds the SLA clock records by itself. A user causes PAUSED and RESUMED, and a REASSIGNED event comes
// from a manager or the escalation ladder. NOTE: SlaEvent has no actor field, so for those kinds the
// timeline shows "actor not recorded" and the detail, which contains the reason.
const SYSTEM_SLA_KINDS = new Set(['ARMED', 'WARNING', 'BREACHED', 'ESCALATED', 'MET', 'CANCELLED']);

interface EntryHeadingProps {
  kind: string;
  title: string;
  /** Name of the user or process that acted, or null when the API records no actor for the entry. */
  actor: string | null;
  time: ReactNode;
  children?: ReactNode;
}

function EntryHeading({ kind, title, actor, time, children }: EntryHeadingProps) {
  return (
    <div className="timeline-heading">
      <span className="badge accent">{kind}</span>
      <strong>{title}</strong> <span className="muted">{actor === null ? labels.actorNotRecorded : strings.history.by(actor)}</span>
      {children}
      {time}
    </div>
  );
}

/** Show the rows whose value is set, as a definition list; renders nothing when none is. */
function EntryDetails({ rows }: { rows: [string, string | null | undefined][] }) {
  const present = rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== undefined && row[1] !== '');
  if (present.length === 0) return null;

  return (
    <dl className="details timeline-details">
      {present.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
