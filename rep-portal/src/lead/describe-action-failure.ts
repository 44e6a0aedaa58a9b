import type { ApiErrorCode, ApiErrorDetail, KitStrings } from '@accord/portal-kit';
import { labelStageNames } from '../format/label-stage-names';
import { strings } from '../strings';

/**
 * Turn the API errors of a rejected lead action into lines of text. Problems on a field listed in
 * `fieldsShownInForm` are left out, because the form shows them beside that field. Problems that
 * name lead fields (a stage's required fields) become one "This lead still needs: …" line, and
 * stage names read as the portal's stage labels.
 */
export function describeActionFailure(
  details: readonly ApiErrorDetail[],
  fieldsShownInForm: readonly string[],
  kitErrors: KitStrings['errors'],
): string[] {
  return details.flatMap((detail) => describeDetail(detail, fieldsShownInForm, kitErrors));
}

function describeDetail(detail: ApiErrorDetail, fieldsShownInForm: readonly string[], kitErrors: KitStrings['errors']): string[] {
  const remaining = detail.problems.filter((problem) => !fieldsShownInForm.includes(problem.field));
  if (detail.problems.length > 0 && remaining.length === 0) return [];

  const lines: string[] = [];

  // A BAD_USER_INPUT message repeats its problems, so the problems alone explain it.
  if (detail.code !== 'BAD_USER_INPUT' || remaining.length === 0) lines.push(titleForCode(detail.code, kitErrors));
  if (remaining.length === 0 && detail.message !== lines[0]) lines.push(labelStageNames(detail.message));

  const missingFields = remaining.flatMap((problem) => strings.lead.fieldNames[problem.field] ?? []);
  if (missingFields.length > 0) lines.push(strings.actions.stillNeeds([...new Set(missingFields)].join(', ')));

  for (const problem of remaining) {
    if (strings.lead.fieldNames[problem.field] === undefined) lines.push(labelStageNames(problem.message));
  }

  return lines;
}

function titleForCode(code: string, kitErrors: KitStrings['errors']): string {
  return Object.hasOwn(kitErrors.titles, code) ? kitErrors.titles[code as ApiErrorCode] : kitErrors.unexpected;
}
