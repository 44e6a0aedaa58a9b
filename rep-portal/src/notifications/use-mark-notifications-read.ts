import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './notifications.operations';

/**
 * Mark notifications as read. The cached notifications show as read when the server confirms, and the
 * unread list is fetched again, so the bell's count follows. A failure leaves them unread and is
 * returned as `error`.
 */
export function useMarkNotificationsRead(): { markRead(ids: string[]): void; error: unknown; pending: boolean } {
  const [mutate, { error, loading }] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS] });

  const markRead = useCallback(
    (ids: string[]) => {
      if (ids.length === 0) return;

      const readAt = new Date().toISOString();
      void mutate({
        variables: { ids },
        update(cache, { data }) {
          if (data === undefined || data === null) return;

          for (const id of ids) {
            cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (current) => current ?? readAt } });
          }
        },
      }).catch(() => undefined);
    },
    [mutate],
  );

  return { markRead, error, pending: loading };
}
