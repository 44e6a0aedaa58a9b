import { gql, type TypedDocumentNode } from '@apollo/client';

export interface NotificationItem {
  id: string;
  kind: string;
  message: string;
  lead: { id: string; fullName: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsVariables {
  unreadOnly: boolean;
  first: number;
}

/** The viewer's own notifications, newest first. */
export const NOTIFICATIONS: TypedDocumentNode<{ notifications: NotificationItem[] }, NotificationsVariables> = gql`
  query Notifications($unreadOnly: Boolean, $first: Int) {
    notifications(unreadOnly: $unreadOnly, first: $first) {
      id
      kind
      message
      lead {
        id
        fullName
      }
      createdAt
      readAt
    }
  }
`;

/** Mark notifications of the viewer as read; returns how many changed. */
export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<{ markNotificationsRead: number }, { ids: string[] }> = gql`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`;
