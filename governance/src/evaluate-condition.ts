import { isValidEmail } from './email';
import { describeField, isValuePresent } from './lead-field';
import { normalizeCountry } from './normalize-country';
import type { Condition, ConditionValue, LeadAttributes, LeadField, MotionDefinition } from './model';

type ThresholdKey = 'motionFitThreshold' | 'motionIntentThreshold';

const THRESHOLD_WORDS: Record<ThresholdKey, string> = {
  motionFitThreshold: 'motion fit threshold',
  motionIntentThreshold: 'motion intent threshold',
};

const COMPARISON_SYMBOLS = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/**
 * Compares a lead value with a condition value. Strings match case-insensitively after trimming;
 * other types must be strictly equal, so the number 5 never equals the string "5".
 */
export function valuesEqual(leadValue: unknown, expected: ConditionValue): boolean {
  if (typeof leadValue === 'string' && typeof expected === 'string') {
    return leadValue.trim().toLowerCase() === expected.trim().toLowerCase();
  }

  return leadValue === expected;
}

/**
 * Builds the comparison of condition values with one lead value, which works like `valuesEqual`
 * except on `country`. There, when `normalizeCountry` recognises both spellings, they are compared
 * as ISO 3166-1 alpha-2 codes, so "Germany", "Deutschland" and "DEU" all equal "DE". A spelling it
 * does not recognise falls back to `valuesEqual`. The lead value is normalized once per condition,
 * not once per listed value.
 */
function equalsLeadValue(field: LeadField, leadValue: unknown): (expected: ConditionValue) => boolean {
  const leadCountry = field === 'country' && typeof leadValue === 'string' ? normalizeCountry(leadValue) : null;
  if (leadCountry === null) {
    return (expected) => valuesEqual(leadValue, expected);
  }

  return (expected) => {
    const expectedCountry = typeof expected === 'string' ? normalizeCountry(expected) : null;

    return expectedCountry === null ? valuesEqual(leadValue, expected) : expectedCountry === leadCountry;
  };
}

/** Compares a value of `field` with a condition value as `evaluateCondition` does, countries included. */
export function fieldValuesEqual(field: LeadField, leadValue: unknown, expected: ConditionValue): boolean {
  return equalsLeadValue(field, leadValue)(expected);
}

function thresholdOf(key: ThresholdKey, motion: MotionDefinition | null): number | null {
  if (motion === null) {
    return null;
  }

  return key === 'motionFitThreshold' ? motion.fitThreshold : motion.intentThreshold;
}

function compareNumbers(op: 'gt' | 'gte' | 'lt' | 'lte', left: unknown, right: number | null): boolean {
  if (typeof left !== 'number' || !Number.isFinite(left) || right === null) {
    return false;
  }

  switch (op) {
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
  }
}

/**
 * Evaluates a condition tree against a lead. Comparisons with a missing value are false, and so are
 * threshold comparisons when no motion definition is given. `neq` and `notIn` are the negations of
 * `eq` and `in`, so they are true for a missing value. `eq`, `neq`, `in` and `notIn` on `country`
 * compare ISO 3166-1 alpha-2 codes when `normalizeCountry` recognises both values, so a rule that
 * lists "DE" matches a lead from "Germany" or "DEU". Throws on an operator the model cannot hold,
 * which `validateGovernanceModel` rejects before a model is published.
 */
export function evaluateCondition(
  condition: Condition,
  lead: LeadAttributes,
  motion: MotionDefinition | null,
): boolean {
  if ('all' in condition) {
    return condition.all.every((child) => evaluateCondition(child, lead, motion));
  }
  if ('any' in condition) {
    return condition.any.some((child) => evaluateCondition(child, lead, motion));
  }
  if ('not' in condition) {
    return !evaluateCondition(condition.not, lead, motion);
  }

  const value: unknown = lead[condition.field];

  switch (condition.op) {
    case 'eq':
      return fieldValuesEqual(condition.field, value, condition.value);
    case 'neq':
      return !fieldValuesEqual(condition.field, value, condition.value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if ('valueFrom' in condition) {
        return compareNumbers(condition.op, value, thresholdOf(condition.valueFrom, motion));
      }

      return compareNumbers(condition.op, value, condition.value);
    case 'in':
      return condition.values.some(equalsLeadValue(condition.field, value));
    case 'notIn':
      return !condition.values.some(equalsLeadValue(condition.field, value));
    case 'present':
      return isValuePresent(value);
    case 'absent':
      return !isValuePresent(value);
    case 'validEmail':
      return typeof value === 'string' && isValidEmail(value);
    default:
      throw new Error(`condition operator ${JSON.stringify((condition as { op: unknown }).op)} is unknown`);
  }
}

function formatValue(value: ConditionValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function childrenOf(condition: Condition): Condition[] | null {
  if ('all' in condition) {
    return condition.all;
  }

  return 'any' in condition ? condition.any : null;
}

/** Wraps a nested group of two or more conditions in brackets so `and` and `or` never mix unbracketed. */
function describeOperand(condition: Condition): string {
  const children = childrenOf(condition);
  const text = describeCondition(condition);

  return children !== null && children.length > 1 ? `(${text})` : text;
}

function describeFieldCondition(condition: Extract<Condition, { field: LeadField }>): string {
  const field = describeField(condition.field);

  switch (condition.op) {
    case 'eq':
      return `${field} is ${formatValue(condition.value)}`;
    case 'neq':
      return `${field} is not ${formatValue(condition.value)}`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const right = 'valueFrom' in condition ? THRESHOLD_WORDS[condition.valueFrom] : formatValue(condition.value);

      return `${field} ${COMPARISON_SYMBOLS[condition.op]} ${right}`;
    }
    case 'in':
      return `${field} is one of ${condition.values.map(formatValue).join(', ')}`;
    case 'notIn':
      return `${field} is none of ${condition.values.map(formatValue).join(', ')}`;
    case 'present':
      return `${field} is present`;
    case 'absent':
      return `${field} is absent`;
    case 'validEmail':
      return `${field} is a valid e-mail address`;
  }
}

/**
 * Renders a condition in the English an admin reads, for example
 * `fit score ≥ motion fit threshold and behaviour score ≥ motion intent threshold`.
 * An empty `all` reads "always" and an empty `any` reads "never", matching how they evaluate.
 */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) {
    return condition.all.length === 0 ? 'always' : condition.all.map(describeOperand).join(' and ');
  }
  if ('any' in condition) {
    return condition.any.length === 0 ? 'never' : condition.any.map(describeOperand).join(' or ');
  }
  if ('not' in condition) {
    return `not (${describeCondition(condition.not)})`;
  }

  return describeFieldCondition(condition);
}

/** Lists the lead fields a condition reads, each once, in the order they first appear. */
export function conditionFields(condition: Condition): LeadField[] {
  const fields: LeadField[] = [];
  const visit = (node: Condition): void => {
    if ('all' in node) {
      node.all.forEach(visit);
    } else if ('any' in node) {
      node.any.forEach(visit);
    } else if ('not' in node) {
      visit(node.not);
    } else if (!fields.includes(node.field)) {
      fields.push(node.field);
    }
  };

  visit(condition);

  return fields;
}
