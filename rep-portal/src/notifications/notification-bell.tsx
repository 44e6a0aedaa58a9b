import { ErrorDisplay, Link, useKitStrings } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { formatPreciseInstant } from '../format/format-precise-instant';
import { useViewerTimeZone } from '../format/use-viewer-time-zone';
import { leadPath } from '../routing/app-paths';
import { strings } from '../strings';
import { NOTIFICATIONS, type NotificationItem } from './notifications.operations';
import { useMarkNotificationsRead } from './use-mark-notifications-read';

// The API returns at most this many unread notifications per request; the bell shows "50+" beyond it.
const UNREAD_LIMIT = 50;
const LIST_SIZE = 20;

export interface NotificationBellProps {
  /** Refetch interval in milliseconds, the queue's, so the count and the queue change together. */
  pollIntervalMs: number;
}

/**
 * Show the viewer's unread notification count on a bell in the header, polled every `pollIntervalMs`.
 * The bell opens the newest notifications, where each can be marked read or followed to its lead,
 * which marks it read too.
 */
export function NotificationBell({ pollIntervalMs }: NotificationBellProps) {
  const labels = strings.notifications;
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const unread = useQuery(NOTIFICATIONS, {
    variables: { unreadOnly: true, first: UNREAD_LIMIT },
    pollInterval: pollIntervalMs,
  });

  const unreadCount = unread.data?.notifications.length ?? 0;
  const countLabel = unreadCount >= UNREAD_LIMIT ? `${UNREAD_LIMIT}+` : String(unreadCount);

  useEffect(() => {
    if (!open) return undefined;

    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);

    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  return (
    <div
      ref={containerRef}
      className="notification-bell"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;

        event.preventDefault();
        setOpen(false);
      }}
    >
      <button
        type="button"
        className="button quiet bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread.error === undefined ? labels.bellLabel(unreadCount, countLabel) : labels.bellLabelFailed}
        onClick={() => setOpen((current) => !current)}
      >
        <BellIcon />
        {unreadCount > 0 && (
          <span className="badge bad bell-count" aria-hidden="true">
            {countLabel}
          </span>
        )}
        {unread.error !== undefined && (
          <span className="badge warn bell-count" aria-hidden="true">
            !
          </span>
        )}
      </button>

      {open && (
        <section id={panelId} className="notification-panel card" aria-label={labels.panelLabel}>
          <NotificationList pollIntervalMs={pollIntervalMs} onFollow={() => setOpen(false)} />
        </section>
      )}
    </div>
  );
}

function NotificationList({ pollIntervalMs, onFollow }: { pollIntervalMs: number; onFollow: () => void }) {
  const labels = strings.notifications;
  const kitStrings = useKitStrings();
  const timeZone = useViewerTimeZone();
  const { data, error, loading } = useQuery(NOTIFICATIONS, {
    variables: { unreadOnly: false, first: LIST_SIZE },
    pollInterval: pollIntervalMs,
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, error: markError, pending } = useMarkNotificationsRead();
  const items = data?.notifications ?? [];
  const unreadIds = items.filter((item) => item.readAt === null).map((item) => item.id);

  return (
    <>
      <div className="notification-panel-header">
        <h2>{labels.heading}</h2>
        <button type="button" className="button quiet" disabled={unreadIds.length === 0 || pending} onClick={() => markRead(unreadIds)}>
          {labels.markAllRead}
        </button>
      </div>
      <ErrorDisplay error={error ?? markError} />
      {loading && data === undefined && <p className="muted">{kitStrings.loading}</p>}
      {data !== undefined && items.length === 0 && <p className="muted">{labels.empty}</p>}

      <ul className="notification-list">
        {items.map((item) => (
          <NotificationEntry
            key={item.id}
            item={item}
            timeZone={timeZone}
            onMarkRead={() => markRead([item.id])}
            onFollow={() => {
              if (item.readAt === null) markRead([item.id]);
              onFollow();
            }}
          />
        ))}
      </ul>
    </>
  );
}

interface NotificationEntryProps {
  item: NotificationItem;
  timeZone: string | undefined;
  onMarkRead: () => void;
  onFollow: () => void;
}

function NotificationEntry({ item, timeZone, onMarkRead, onFollow }: NotificationEntryProps) {
  const labels = strings.notifications;
  const unread = item.readAt === null;

  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <p className="notification-message">
        {unread && <span className="visually-hidden">{labels.unread} </span>}
        {item.message}
      </p>
      <p className="muted small">
        <time dateTime={item.createdAt}>{formatPreciseInstant(item.createdAt, timeZone)}</time>
        {item.lead !== null && (
          <>
            {' · '}
            <Link to={leadPath(item.lead.id)} onClick={onFollow}>
              {labels.openLead(item.lead.fullName)}
            </Link>
          </>
        )}
      </p>
      {unread && (
        <button type="button" className="button quiet small-button" onClick={onMarkRead}>
          {labels.markRead}
        </button>
      )}
    </li>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
