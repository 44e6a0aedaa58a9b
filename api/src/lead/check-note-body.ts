import { MAX_LEAD_NOTE_LENGTH } from '@accord/db';
import { checkLeadText, type FieldProblem } from '@accord/governance';

/**
 * Checks a trimmed note body: present, at most `MAX_LEAD_NOTE_LENGTH` (2,000) characters, and free of
 * control characters other than tab and line breaks, by the rules of a lead action's note.
 */
export function checkNoteBody(body: string): FieldProblem[] {
  if (body === '') {
    return [{ field: 'body', value: body, message: `body is empty; write the note, from 1 to ${MAX_LEAD_NOTE_LENGTH} characters` }];
  }

  return checkLeadText('note', body).map((problem) => ({ ...problem, field: 'body', message: problem.message.replace(/^note\b/, 'body') }));
}
