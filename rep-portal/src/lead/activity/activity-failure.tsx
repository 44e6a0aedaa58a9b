import { readApiErrors, useKitStrings } from '@accord/portal-kit';
import { describeActionFailure } from '../describe-action-failure';

export interface ActivityFailureProps {
  /** Sentence naming the failed change and the rolled-back page, such as "…removed from the timeline." */
  heading: string;
  error: unknown;
  /** Problem fields that the form shows beside its inputs; they are not repeated here. */
  fieldsShownInForm?: readonly string[];
}

/** Explain a rejected change after its optimistic result was rolled back, with what the server reported. */
export function ActivityFailure({ heading, error, fieldsShownInForm = [] }: ActivityFailureProps) {
  const kitStrings = useKitStrings();
  const details = readApiErrors(error);
  if (details.length === 0) return null;

  const lines = describeActionFailure(details, fieldsShownInForm, kitStrings.errors);

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
