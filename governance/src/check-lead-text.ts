import { MAX_EMAIL_LENGTH } from './email';
import type { FieldProblem } from './model';

/** The free-text fields of a lead submission or a rep's action. */
export type LeadTextField =
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'phone'
  | 'company'
  | 'companyDomain'
  | 'industry'
  | 'country'
  | 'region'
  | 'city'
  | 'source'
  | 'useCase'
  | 'sourceStatus'
  | 'reasonCode'
  | 'note';

const SHORT_TEXT_MAX_LENGTH = 200;
const LONG_TEXT_MAX_LENGTH = 2_000;

/**
 * Maximum length of each text field in characters (Unicode code points). The lifecycle workflow
 * carries the whole lead in its state and payloads, and Temporal limits the size of a payload. 200
 * characters leaves room for long names, titles, companies and phone numbers, 2,000 for a few
 * paragraphs of use case or note, and e-mail addresses keep the RFC 5321 limit.
 */
export const LEAD_TEXT_LIMITS: Readonly<Record<LeadTextField, number>> = {
  email: MAX_EMAIL_LENGTH,
  firstName: SHORT_TEXT_MAX_LENGTH,
  lastName: SHORT_TEXT_MAX_LENGTH,
  title: SHORT_TEXT_MAX_LENGTH,
  phone: SHORT_TEXT_MAX_LENGTH,
  company: SHORT_TEXT_MAX_LENGTH,
  companyDomain: SHORT_TEXT_MAX_LENGTH,
  industry: SHORT_TEXT_MAX_LENGTH,
  country: SHORT_TEXT_MAX_LENGTH,
  region: SHORT_TEXT_MAX_LENGTH,
  city: SHORT_TEXT_MAX_LENGTH,
  source: SHORT_TEXT_MAX_LENGTH,
  useCase: LONG_TEXT_MAX_LENGTH,
  sourceStatus: SHORT_TEXT_MAX_LENGTH,
  reasonCode: SHORT_TEXT_MAX_LENGTH,
  note: LONG_TEXT_MAX_LENGTH,
};

const TEXT_FIELDS = Object.keys(LEAD_TEXT_LIMITS) as LeadTextField[];

/** Prose fields, where tab, line feed and carriage return are allowed. */
const MULTILINE_FIELDS: ReadonlySet<LeadTextField> = new Set<LeadTextField>(['useCase', 'note']);

const LINE_LAYOUT_CODE_POINTS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0d]);

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

function countCodePoints(value: string): number {
  return value.length - (value.match(SURROGATE_PAIR)?.length ?? 0);
}

/** A character that a check rejects, with its 1-based position in code points. */
export interface FoundCharacter {
  codePoint: number;
  position: number;
}

/** Finds the first character for which `rejects` returns true, or returns null. */
export function findCharacter(value: string, rejects: (codePoint: number) => boolean): FoundCharacter | null {
  let position = 0;

  for (const character of value) {
    position += 1;
    const codePoint = character.codePointAt(0) ?? 0;
    if (rejects(codePoint)) {
      return { codePoint, position };
    }
  }

  return null;
}

/** Formats a code point the way Unicode charts name it, such as `U+0000`. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks one text value against its field's maximum length, then for C0 control characters (U+0000
 * to U+001F). PostgreSQL cannot store U+0000 in text or jsonb columns, and the other C0 characters
 * are invisible in the portals, so all of them are rejected, except tab, line feed and carriage
 * return in the prose fields `useCase` and `note`. Returns at most one problem.
 */
/** Characters of an over-long value that a problem repeats. */
export const ECHOED_PREFIX_LENGTH = 40;

export function checkLeadText(field: LeadTextField, value: string | null | undefined): FieldProblem[] {
  if (typeof value !== 'string') {
    return [];
  }

  const maxLength = LEAD_TEXT_LIMITS[field];
  const length = value.length > maxLength ? countCodePoints(value) : value.length;
  if (length > maxLength) {
    // The problem echoes only the start of the value, so a huge input is not sent back whole.
    return [
      {
        field,
        value: `${value.slice(0, ECHOED_PREFIX_LENGTH)}…`,
        message: `${field} is ${length} characters long, more than the maximum of ${maxLength}; shorten it to ${maxLength} characters or fewer`,
      },
    ];
  }

  const multiline = MULTILINE_FIELDS.has(field);
  const control = findCharacter(value, (codePoint) => codePoint < 0x20 && !(multiline && LINE_LAYOUT_CODE_POINTS.has(codePoint)));
  if (control !== null) {
    return [
      {
        field,
        value,
        message: `${field} contains a control character (${formatCodePoint(control.codePoint)}) at position ${control.position}; remove it`,
      },
    ];
  }

  return [];
}

/** Checks every text field that `values` carries, in the order of `LEAD_TEXT_LIMITS`. */
export function checkLeadTexts(values: Partial<Record<LeadTextField, string | null>>): FieldProblem[] {
  return TEXT_FIELDS.flatMap((field) => checkLeadText(field, values[field]));
}

/**
 * Lists text problems first, then the rule problems on other fields. A rule problem on a field that
 * already has a text problem is dropped, because it would only repeat the same bad value.
 */
export function mergeTextProblems(textProblems: FieldProblem[], ruleProblems: FieldProblem[]): FieldProblem[] {
  const fields = new Set(textProblems.map((problem) => problem.field));

  return [...textProblems, ...ruleProblems.filter((problem) => !fields.has(problem.field))];
}
