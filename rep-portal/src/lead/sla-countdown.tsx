import { formatCountdown, formatInstant } from '@accord/portal-kit';
import { useViewerTimeZone } from '../format/use-viewer-time-zone';
import { strings } from '../strings';

export interface SlaCountdownProps {
  dueAt: string | null;
  /** Current time in epoch milliseconds from `useNow`, so every countdown on a page ticks together. */
  now: number;
}

/**
 * Show the time left until the SLA deadline, or how long ago it passed, with the instant in the viewer's
 * time zone as tooltip.
 */
export function SlaCountdown({ dueAt, now }: SlaCountdownProps) {
  const timeZone = useViewerTimeZone();
  if (dueAt === null) return <span className="muted">{strings.countdown.noDeadline}</span>;

  const remainingMs = Date.parse(dueAt) - now;
  const clock = formatCountdown(remainingMs);
  const overdue = remainingMs < 0;

  return (
    <time
      dateTime={dueAt}
      title={formatInstant(dueAt, timeZone)}
      className={overdue ? 'countdown overdue' : 'countdown'}
    >
      {overdue ? strings.countdown.overdueBy(clock) : strings.countdown.dueIn(clock)}
    </time>
  );
}
