import { useKitStrings, type ApiErrorCode, type KitStrings } from '../strings/kit-strings';
import { readApiErrors, type ApiErrorDetail } from './read-api-errors';

export interface ErrorDisplayProps {
  error: unknown;
  /** Labels for `extensions.problems[].field` names. A field without a label shows its name. */
  fieldLabels?: Record<string, string>;
}

/**
 * Show an API error: a title chosen by `extensions.code`, the server's message and the
 * `extensions.problems` messages by field. Renders nothing when there is no error.
 */
export function ErrorDisplay({ error, fieldLabels = {} }: ErrorDisplayProps) {
  const strings = useKitStrings();
  const details = readApiErrors(error);
  if (details.length === 0) return null;

  return (
    <div role="alert" className="error-panel">
      {details.map((detail, index) => (
        <ErrorDetail key={index} detail={detail} strings={strings} fieldLabels={fieldLabels} />
      ))}
    </div>
  );
}

interface ErrorDetailProps {
  detail: ApiErrorDetail;
  strings: KitStrings;
  fieldLabels: Record<string, string>;
}

function ErrorDetail({ detail, strings, fieldLabels }: ErrorDetailProps) {
  const title = titleForCode(detail.code, strings);
  // The API builds a BAD_USER_INPUT message from its problems, so only the list is shown. Other
  // codes, such as CONFLICT, carry a message of their own next to any problems.
  const showMessage = detail.message !== title && !(detail.code === 'BAD_USER_INPUT' && detail.problems.length > 0);

  return (
    <>
      <p className="error-title">{title}</p>
      {showMessage && <p className="error-message">{detail.message}</p>}
      {detail.problems.length > 0 && (
        <ul className="error-problems" aria-label={strings.errors.problemsLabel}>
          {detail.problems.map((problem, index) => (
            <li key={`${problem.field}-${index}`}>
              <strong>{fieldLabels[problem.field] ?? problem.field}:</strong> {problem.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function titleForCode(code: string, strings: KitStrings): string {
  const { titles, unexpected } = strings.errors;

  return Object.hasOwn(titles, code) ? titles[code as ApiErrorCode] : unexpected;
}
