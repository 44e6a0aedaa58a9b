import { isLeadField } from './lead-field';
import { LEAD_FIELDS } from './model';

/** One problem in a governance model, at a path such as `stages[2].sla.default.calendarKey`. */
export interface ModelProblem {
  path: string;
  message: string;
}

const COMPARISONS = ['gt', 'gte', 'lt', 'lte'];
const THRESHOLD_OPS = ['gte', 'lt'];
const THRESHOLD_KEYS = ['motionFitThreshold', 'motionIntentThreshold'];
const FIELD_OPS = ['eq', 'neq', ...COMPARISONS, 'in', 'notIn', 'present', 'absent', 'validEmail'];

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

function checkGroup(children: unknown, path: string): ModelProblem[] {
  if (!Array.isArray(children)) {
    return [{ path, message: `${path} is not a list of conditions; send an array, which may be empty` }];
  }

  return children.flatMap((child, index) => validateCondition(child, `${path}[${index}]`));
}

function checkOperand(node: Record<string, unknown>, op: string, path: string): ModelProblem[] {
  if (COMPARISONS.includes(op) && 'valueFrom' in node) {
    if (!THRESHOLD_OPS.includes(op) || !THRESHOLD_KEYS.includes(String(node.valueFrom))) {
      return [
        {
          path: `${path}.valueFrom`,
          message: `${path}.valueFrom ${JSON.stringify(node.valueFrom)} with op "${op}" is not supported; use op gte or lt with motionFitThreshold or motionIntentThreshold`,
        },
      ];
    }

    return [];
  }
  if (COMPARISONS.includes(op) && (typeof node.value !== 'number' || !Number.isFinite(node.value))) {
    return [
      {
        path: `${path}.value`,
        message: `${path}.value ${JSON.stringify(node.value)} is not a number; op "${op}" compares numbers`,
      },
    ];
  }
  if ((op === 'eq' || op === 'neq') && !isScalar(node.value)) {
    return [
      {
        path: `${path}.value`,
        message: `${path}.value ${JSON.stringify(node.value)} is not a string, number or boolean`,
      },
    ];
  }
  if (
    (op === 'in' || op === 'notIn') &&
    (!Array.isArray(node.values) || node.values.length === 0 || !node.values.every(isScalar))
  ) {
    return [
      { path: `${path}.values`, message: `${path}.values is not a non-empty list of strings, numbers or booleans` },
    ];
  }

  return [];
}

/**
 * Checks the shape of a condition tree read from stored JSON: known group keys, known lead fields,
 * known operators and operands of the right type. Returns one problem per fault, with its path.
 */
export function validateCondition(condition: unknown, path: string): ModelProblem[] {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    return [{ path, message: `${path} is not a condition object; send { all }, { any }, { not } or { field, op }` }];
  }

  const node = condition as Record<string, unknown>;
  if ('all' in node) {
    return checkGroup(node.all, `${path}.all`);
  }
  if ('any' in node) {
    return checkGroup(node.any, `${path}.any`);
  }
  if ('not' in node) {
    return validateCondition(node.not, `${path}.not`);
  }

  const problems: ModelProblem[] = [];
  if (!isLeadField(node.field)) {
    problems.push({
      path: `${path}.field`,
      message: `${path}.field ${JSON.stringify(node.field)} is not a lead field; use one of ${LEAD_FIELDS.join(', ')}`,
    });
  }

  const op = String(node.op);
  if (!FIELD_OPS.includes(op)) {
    problems.push({
      path: `${path}.op`,
      message: `${path}.op ${JSON.stringify(node.op)} is not an operator; use one of ${FIELD_OPS.join(', ')}`,
    });

    return problems;
  }

  return [...problems, ...checkOperand(node, op, path)];
}
