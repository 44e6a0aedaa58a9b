import { validateCalendar, type BusinessCalendar } from '@accord/governance';
import { useDebouncedValue } from '@accord/portal-kit';
import { useMemo, useState } from 'react';
import { CalendarForm, weekdayCalendar } from '../common/calendar-form';
import { strings } from '../strings';
import type { TeamRow } from './teams.operations';
import { useUpdateTeamCalendar } from './use-update-team-calendar';

const labels = strings.teams.teamEditor;

/** Pause after the last edit before the calendar is checked. */
const CHECK_DELAY_MS = 300;

/**
 * Check a calendar with the model's `validateCalendar`, the same check the API runs, and return a
 * lookup from a path inside the calendar to its messages.
 */
export function useCalendarProblems(calendar: BusinessCalendar): { count: number; errorsAt: (path: string) => string[] } {
  const checked = useDebouncedValue(calendar, CHECK_DELAY_MS);
  const problems = useMemo(() => validateCalendar(checked), [checked]);

  return {
    count: problems.length,
    errorsAt: (path) => problems.filter((problem) => problem.field === path).map((problem) => problem.message),
  };
}

export interface TeamCalendarEditorProps {
  team: TeamRow;
  onClose: () => void;
}

/** Edit the calendar on which SLA time runs for the team's members who have no calendar of their own. */
export function TeamCalendarEditor({ team, onClose }: TeamCalendarEditorProps) {
  const [calendar, setCalendar] = useState<BusinessCalendar>(() => team.calendar ?? weekdayCalendar('UTC'));
  const { count, errorsAt } = useCalendarProblems(calendar);
  const { save, loading } = useUpdateTeamCalendar();

  const handleSave = async () => {
    if (await save(team.id, team.label, calendar)) onClose();
  };

  return (
    <section className="inline-editor" aria-label={labels.heading(team.label)}>
      <h3>{labels.heading(team.label)}</h3>
      <p className="muted small">{labels.intro}</p>
      <CalendarForm calendar={calendar} onChange={setCalendar} errorsAt={errorsAt} />
      {count > 0 && <p className="field-error">{labels.problemCount(count)}</p>}
      <div className="button-row">
        <button type="button" className="button primary" disabled={loading} onClick={() => void handleSave()}>
          {loading ? labels.saving : labels.save}
        </button>
        <button type="button" className="button" disabled={loading} onClick={onClose}>
          {labels.cancel}
        </button>
      </div>
    </section>
  );
}
