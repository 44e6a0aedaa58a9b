import type { BusinessCalendar, WorkingHours } from '@accord/governance';
import { useId } from 'react';
import { strings } from '../strings';
import { FieldErrors, SelectField, TextField } from './fields';

const labels = strings.calendarForm;

const dayOptions = ([1, 2, 3, 4, 5, 6, 7] as const).map((day) => ({ value: String(day), label: labels.days[day] }));

let timeZoneNames: string[] | undefined;

/** List the IANA zone names this browser supports, as suggestions. The model's check decides what is valid. */
function listTimeZones(): string[] {
  timeZoneNames ??= Intl.supportedValuesOf('timeZone');

  return timeZoneNames;
}

export interface CalendarFormProps {
  calendar: BusinessCalendar;
  onChange: (calendar: BusinessCalendar) => void;
  /** Problem messages at a path inside the calendar, such as `hours[0].end` or `timeZone`. */
  errorsAt: (path: string) => string[];
  disabled?: boolean;
}

/** Edit a business calendar: its IANA time zone, weekly working hours and holidays. */
export function CalendarForm({ calendar, onChange, errorsAt, disabled = false }: CalendarFormProps) {
  const zoneListId = useId();

  const setHours = (recipe: (hours: WorkingHours[]) => void) => {
    const hours = calendar.hours.map((entry) => ({ ...entry }));
    recipe(hours);
    onChange({ ...calendar, hours });
  };
  const setHolidays = (holidays: string[]) => onChange({ ...calendar, holidays });

  return (
    <div className="calendar-form">
      <TextField
        label={labels.timeZone}
        hint={labels.timeZoneHint}
        list={zoneListId}
        value={calendar.timeZone}
        disabled={disabled}
        errors={errorsAt('timeZone')}
        onChange={(timeZone) => onChange({ ...calendar, timeZone })}
      />
      <datalist id={zoneListId}>
        {listTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>

      <fieldset className="calendar-hours" disabled={disabled}>
        <legend>{labels.hours}</legend>
        <p className="field-hint">{labels.hoursHint}</p>
        <FieldErrors messages={errorsAt('hours')} />
        <ol className="plain-list">
          {calendar.hours.map((entry, index) => (
            <li key={index} className="inline-form">
              <SelectField
                label={labels.day}
                hideLabel={index > 0}
                accessibleLabel={labels.dayOf(index + 1)}
                value={String(entry.day)}
                options={dayOptions}
                errors={errorsAt(`hours[${index}].day`)}
                onChange={(day) => setHours((hours) => ((hours[index] as WorkingHours).day = Number(day) as WorkingHours['day']))}
              />
              <TextField
                label={labels.start}
                hideLabel={index > 0}
                accessibleLabel={labels.startOf(index + 1)}
                placeholder="09:00"
                value={entry.start}
                errors={errorsAt(`hours[${index}].start`)}
                onChange={(start) => setHours((hours) => ((hours[index] as WorkingHours).start = start))}
              />
              <TextField
                label={labels.end}
                hideLabel={index > 0}
                accessibleLabel={labels.endOf(index + 1)}
                placeholder="17:00"
                value={entry.end}
                errors={errorsAt(`hours[${index}].end`)}
                onChange={(end) => setHours((hours) => ((hours[index] as WorkingHours).end = end))}
              />
              <button
                type="button"
                className="button quiet small danger-text"
                aria-label={labels.removeIntervalOf(index + 1)}
                onClick={() => setHours((hours) => void hours.splice(index, 1))}
              >
                {labels.remove}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button small" onClick={() => setHours((hours) => void hours.push(nextInterval(hours)))}>
          {labels.addInterval}
        </button>
      </fieldset>

      <fieldset className="calendar-holidays" disabled={disabled}>
        <legend>{labels.holidays}</legend>
        {calendar.holidays.length === 0 && <p className="muted small">{labels.noHolidays}</p>}
        <ul className="plain-list">
          {calendar.holidays.map((holiday, index) => (
            <li key={index} className="inline-form">
              <TextField
                label={labels.date}
                hideLabel
                accessibleLabel={labels.holidayOf(index + 1)}
                type="date"
                value={holiday}
                errors={errorsAt(`holidays[${index}]`)}
                onChange={(value) => setHolidays(calendar.holidays.map((current, position) => (position === index ? value : current)))}
              />
              <button
                type="button"
                className="button quiet small danger-text"
                aria-label={labels.removeHolidayOf(index + 1)}
                onClick={() => setHolidays(calendar.holidays.filter((_, position) => position !== index))}
              >
                {labels.remove}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button small" onClick={() => setHolidays([...calendar.holidays, ''])}>
          {labels.addHoliday}
        </button>
      </fieldset>
    </div>
  );
}

/** Build the interval after the last one: the next weekday with the same hours, so a working week takes five clicks. */
function nextInterval(hours: WorkingHours[]): WorkingHours {
  const last = hours[hours.length - 1];
  if (last === undefined) return { day: 1, start: '09:00', end: '17:00' };

  const day = ((last.day % 7) + 1) as WorkingHours['day'];

  return { day, start: last.start, end: last.end };
}

/** Build a Monday-to-Friday, nine-to-five calendar in `timeZone`, the starting point for a new calendar. */
export function weekdayCalendar(timeZone: string): BusinessCalendar {
  return {
    timeZone,
    hours: ([1, 2, 3, 4, 5] as const).map((day) => ({ day, start: '09:00', end: '17:00' })),
    holidays: [],
  };
}
