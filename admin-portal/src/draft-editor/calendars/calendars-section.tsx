import { useState } from 'react';
import { CalendarForm, weekdayCalendar } from '../../common/calendar-form';
import { TextField } from '../../common/fields';
import { strings } from '../../strings';
import { isUnder, useDraftEditor, useProblemLookup } from '../draft-editor-context';

const labels = strings.calendarsEditor;

/** Edit the business calendars that SLA policies name: time zone, working hours and holidays. */
export function CalendarsSection() {
  const { model, update, problems } = useDraftEditor();
  const keys = Object.keys(model.calendars);
  const [selectedKey, setSelectedKey] = useState(keys[0] ?? '');
  const [newKey, setNewKey] = useState('');
  const key = selectedKey in model.calendars ? selectedKey : (keys[0] ?? '');
  const newKeyTaken = newKey.trim() in model.calendars;

  const addCalendar = () => {
    const trimmed = newKey.trim();
    if (trimmed === '' || newKeyTaken) return;

    update((draft) => (draft.calendars[trimmed] = weekdayCalendar('UTC')));
    setSelectedKey(trimmed);
    setNewKey('');
  };

  return (
    <div className="split">
      <nav className="item-picker" aria-label={labels.pickerLabel}>
        <ul>
          {keys.map((calendarKey) => {
            const count = problems.filter((problem) => isUnder(problem.path, `calendars.${calendarKey}`)).length;

            return (
              <li key={calendarKey}>
                <button
                  type="button"
                  className="item-picker-button"
                  aria-pressed={calendarKey === key}
                  onClick={() => setSelectedKey(calendarKey)}
                >
                  <span className="mono small">{calendarKey}</span>
                  {count > 0 && <span className="badge bad">{count}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        <div className="add-calendar">
          <TextField
            label={labels.newKey}
            hint={labels.newKeyHint}
            value={newKey}
            errors={newKeyTaken ? [labels.keyTaken] : []}
            onChange={setNewKey}
          />
          <button type="button" className="button small" disabled={newKey.trim() === '' || newKeyTaken} onClick={addCalendar}>
            {labels.add}
          </button>
        </div>
      </nav>
      {key === '' ? <p className="card empty">{labels.none}</p> : <CalendarPanel calendarKey={key} />}
    </div>
  );
}

function CalendarPanel({ calendarKey }: { calendarKey: string }) {
  const { model, update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const calendar = model.calendars[calendarKey];
  if (calendar === undefined) return null;

  const usedBy = model.stages.flatMap((stage) =>
    Object.entries(stage.sla)
      .filter(([, policy]) => policy?.calendarKey === calendarKey)
      .map(([policyKey]) => labels.policyName(stage.label || stage.stage, policyKey === 'default' ? labels.defaultPolicy : policyKey)),
  );

  return (
    <section className="card item-form" aria-labelledby="calendar-form-heading">
      <div className="section-header">
        <h2 id="calendar-form-heading" className="mono">
          {calendarKey}
        </h2>
        <button
          type="button"
          className="button quiet small danger-text"
          onClick={() => update((draft) => void delete draft.calendars[calendarKey])}
        >
          {labels.remove}
        </button>
      </div>
      <p className="muted small">{usedBy.length === 0 ? labels.unused : labels.usedBy(usedBy.join(', '))}</p>
      <CalendarForm
        calendar={calendar}
        errorsAt={(path) => errorsAt(`calendars.${calendarKey}.${path}`)}
        onChange={(next) => update((draft) => (draft.calendars[calendarKey] = next))}
      />
    </section>
  );
}
