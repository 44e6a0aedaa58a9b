import { readApiErrors, useKitStrings, type Stage } from '@accord/portal-kit';
import { strings } from '../strings';
import { describeActionFailure } from './describe-action-failure';
import type { LeadActionName } from './lead-actions';

export interface ActionFailureProps {
  action: LeadActionName;
  error: unknown;
  /** The lead's stage before the action, which it keeps when the server rejects the input. */
  stage: Stage;
  /** Problem fields that a form shows beside its inputs; they are not repeated here. */
  fieldsShownInForm?: readonly string[];
}

/**
 * Explain a rejected lead action: the action and, for invalid input, the stage the lead stays in, then
 * what the server reported, such as the required fields the lead still lacks. Renders nothing when
 * every problem sits beside a form field.
 */
export function ActionFailure({ action, error, stage, fieldsShownInForm = [] }: ActionFailureProps) {
  const kitStrings = useKitStrings();
  const details = readApiErrors(error);
  const lines = describeActionFailure(details, fieldsShownInForm, kitStrings.errors);
  if (lines.length === 0) return null;

  // Only a BAD_USER_INPUT error proves that the lead did not move. After a CONFLICT the lead changed
  // elsewhere, and after a network error the outcome is unknown, so the heading names no stage.
  const verb = strings.action[action].verb;
  const invalidInput = details.every((detail) => detail.code === 'BAD_USER_INPUT');
  const heading = invalidInput ? strings.actions.failedInStage(verb, strings.stage[stage]) : strings.actions.failed(verb);

  return (
    <div role="alert" className="error-panel">
      <p className="error-title">{heading}</p>
      {lines.map((line, index) => (
        <p key={index} className="error-message">
          {line}
        </p>
      ))}
    </div>
  );
}
