import { EscalationAction, type EscalationStep } from '@accord/governance';
import { DurationField } from '../../common/duration-field';
import { FieldErrors, SelectField } from '../../common/fields';
import { moveItem } from '../../common/move-item';
import { strings } from '../../strings';
import { useProblemLookup } from '../draft-editor-context';

const labels = strings.slaEditor.escalation;

const actionOptions = Object.values(EscalationAction).map((action) => ({ value: action, label: labels.actions[action] }));

export interface EscalationLadderProps {
  steps: readonly EscalationStep[];
  onChange: (steps: EscalationStep[]) => void;
  /** Model path of the ladder, such as `stages[2].sla.default.escalation`. */
  path: string;
}

/** Edit the escalation steps that run, in order, after the SLA deadline is missed. */
export function EscalationLadder({ steps, onChange, path }: EscalationLadderProps) {
  const errorsAt = useProblemLookup();

  const edit = (recipe: (next: EscalationStep[]) => void) => {
    const next = steps.map((step) => ({ ...step }));
    recipe(next);
    onChange(next);
  };

  return (
    <fieldset className="ladder">
      <legend>{labels.heading}</legend>
      <p className="field-hint">{labels.hint}</p>
      {steps.length === 0 && <p className="muted small">{labels.none}</p>}

      <ol className="ladder-steps">
        {steps.map((step, index) => {
          const stepPath = `${path}[${index}]`;

          return (
            <li key={index} className="ladder-step" aria-label={labels.stepLabel(index + 1)}>
              <span className="ladder-number" aria-hidden="true">
                {index + 1}
              </span>
              <SelectField
                label={labels.action}
                value={step.action}
                options={actionOptions}
                errors={errorsAt(`${stepPath}.action`)}
                onChange={(action) => edit((next) => ((next[index] as EscalationStep).action = action as EscalationAction))}
              />
              <DurationField
                label={labels.delay}
                hint={index === 0 ? labels.firstDelayHint : labels.delayHint}
                seconds={step.delaySeconds}
                errors={errorsAt(`${stepPath}.delaySeconds`)}
                onChange={(seconds) => edit((next) => ((next[index] as EscalationStep).delaySeconds = seconds))}
              />
              <div className="button-row ladder-actions">
                <button
                  type="button"
                  className="button quiet small"
                  disabled={index === 0}
                  onClick={() => edit((next) => moveItem(next, index, -1))}
                >
                  {labels.moveUp}
                </button>
                <button
                  type="button"
                  className="button quiet small"
                  disabled={index === steps.length - 1}
                  onClick={() => edit((next) => moveItem(next, index, 1))}
                >
                  {labels.moveDown}
                </button>
                <button type="button" className="button quiet small danger-text" onClick={() => edit((next) => next.splice(index, 1))}>
                  {labels.remove}
                </button>
              </div>
              <FieldErrors messages={errorsAt(stepPath)} />
            </li>
          );
        })}
      </ol>

      <button
        type="button"
        className="button small"
        onClick={() => edit((next) => next.push({ action: EscalationAction.NotifyManager, delaySeconds: 0 }))}
      >
        {labels.add}
      </button>
    </fieldset>
  );
}
