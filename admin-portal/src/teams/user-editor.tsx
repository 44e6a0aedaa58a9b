import type { BusinessCalendar } from '@accord/governance';
import { useState } from 'react';
import { CalendarForm, weekdayCalendar } from '../common/calendar-form';
import { deepEqual } from '../common/deep-equal';
import { CheckboxField, TextField } from '../common/fields';
import { strings } from '../strings';
import { useCalendarProblems } from './team-calendar-editor';
import type { UserRow, UserUpdateInput } from './teams.operations';
import { useUpdateUser } from './use-update-user';

const labels = strings.teams.userEditor;

/** A `datetime-local` value is a wall-clock time without a zone, so these helpers read it in the browser's zone. */
function toLocalInput(iso: string | null): string {
  if (iso === null) return '';

  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);

  return local.toISOString().slice(0, 16);
}

function fromLocalInput(value: string): string | null {
  if (value === '') return null;

  const date = new Date(value);

  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface UserEditorProps {
  user: UserRow;
  onClose: () => void;
}

/** Edit a user's activity, out-of-office end, time zone and personal calendar, then save with `updateUser`. */
export function UserEditor({ user, onClose }: UserEditorProps) {
  const [active, setActive] = useState(user.active);
  const [outOfOffice, setOutOfOffice] = useState(toLocalInput(user.outOfOfficeUntil));
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [calendar, setCalendar] = useState<BusinessCalendar | null>(user.calendar);
  const calendarProblems = useCalendarProblems(calendar ?? weekdayCalendar(timeZone));
  const { save, loading } = useUpdateUser();
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  // Only changed fields are sent, so the audit log records what the admin actually changed.
  const handleSave = async () => {
    const input: UserUpdateInput = {};
    if (active !== user.active) input.active = active;
    if (outOfOffice !== toLocalInput(user.outOfOfficeUntil)) input.outOfOfficeUntil = fromLocalInput(outOfOffice);
    if (timeZone.trim() !== user.timeZone) input.timeZone = timeZone.trim();
    if (!deepEqual(calendar, user.calendar)) input.calendar = calendar;

    if (Object.keys(input).length === 0 || (await save(user.id, user.name, input))) onClose();
  };

  return (
    <section className="inline-editor" aria-label={labels.heading(user.name)}>
      <h3>{labels.heading(user.name)}</h3>
      <div className="form-grid">
        <CheckboxField label={labels.active} checked={active} onChange={setActive} />
        <TextField
          label={labels.outOfOfficeUntil}
          hint={labels.outOfOfficeHint(browserZone)}
          type="datetime-local"
          value={outOfOffice}
          onChange={setOutOfOffice}
        />
        <TextField label={labels.timeZone} hint={labels.timeZoneHint} value={timeZone} onChange={setTimeZone} />
      </div>
      {!active && <p className="muted small">{labels.inactiveNote}</p>}

      <CheckboxField
        label={labels.personalCalendar}
        checked={calendar !== null}
        onChange={(checked) => setCalendar(checked ? (user.calendar ?? weekdayCalendar(timeZone)) : null)}
      />
      {calendar === null ? (
        <p className="muted small">{labels.usesTeamCalendar}</p>
      ) : (
        <CalendarForm calendar={calendar} onChange={setCalendar} errorsAt={calendarProblems.errorsAt} />
      )}

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
