import type { BusinessCalendar } from '@accord/governance';
import { useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { strings } from '../strings';
import { UPDATE_TEAM_CALENDAR } from './teams.operations';

const messages = strings.teams.messages;

/** Replace a team's calendar, which also updates the cached team. Returns whether it was saved. */
export function useUpdateTeamCalendar() {
  const toasts = useToasts();
  const [updateTeamCalendar, { loading }] = useMutation(UPDATE_TEAM_CALENDAR);

  const save = async (teamId: string, teamLabel: string, calendar: BusinessCalendar): Promise<boolean> => {
    try {
      await updateTeamCalendar({ variables: { teamId, calendar } });
      toasts.success(messages.teamCalendarSaved(teamLabel));

      return true;
    } catch (error) {
      toasts.error(error, { title: messages.teamCalendarFailed(teamLabel) });

      return false;
    }
  };

  return { save, loading };
}
