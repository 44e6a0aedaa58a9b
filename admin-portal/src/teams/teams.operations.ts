import type { Role } from '@accord/portal-kit';
import type { BusinessCalendar } from '@accord/governance';
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface TeamRow {
  id: string;
  key: string;
  label: string;
  manager: { id: string; name: string } | null;
  /** The team's business calendar, or null when SLA time runs on the calendar the policy names. */
  calendar: BusinessCalendar | null;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  timeZone: string;
  active: boolean;
  outOfOfficeUntil: string | null;
  /** A personal calendar that replaces the team's, or null when the user works the team's hours. */
  calendar: BusinessCalendar | null;
  team: { id: string; key: string; label: string } | null;
}

export interface UserUpdateInput {
  active?: boolean;
  outOfOfficeUntil?: string | null;
  timeZone?: string;
  calendar?: BusinessCalendar | null;
}

const TEAM_FIELDS = gql`
  fragment TeamRowFields on Team {
    id
    key
    label
    manager {
      id
      name
    }
    calendar
  }
`;

const USER_FIELDS = gql`
  fragment UserRowFields on User {
    id
    name
    email
    role
    timeZone
    active
    outOfOfficeUntil
    calendar
    team {
      id
      key
      label
    }
  }
`;

export const TEAMS: TypedDocumentNode<{ teams: TeamRow[] }, Record<string, never>> = gql`
  query Teams {
    teams {
      ...TeamRowFields
    }
  }
  ${TEAM_FIELDS}
`;

export const USERS: TypedDocumentNode<{ users: UserRow[] }, Record<string, never>> = gql`
  query Users {
    users {
      ...UserRowFields
    }
  }
  ${USER_FIELDS}
`;

export const UPDATE_TEAM_CALENDAR: TypedDocumentNode<{ updateTeamCalendar: TeamRow }, { teamId: string; calendar: BusinessCalendar }> = gql`
  mutation UpdateTeamCalendar($teamId: ID!, $calendar: JSON!) {
    updateTeamCalendar(teamId: $teamId, calendar: $calendar) {
      ...TeamRowFields
    }
  }
  ${TEAM_FIELDS}
`;

export const UPDATE_USER: TypedDocumentNode<{ updateUser: UserRow }, { id: string; input: UserUpdateInput }> = gql`
  mutation UpdateUser($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRowFields
    }
  }
  ${USER_FIELDS}
`;
