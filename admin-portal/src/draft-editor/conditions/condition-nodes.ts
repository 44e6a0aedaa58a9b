import { Motion, type Condition, type ConditionValue, type LeadField } from '@accord/governance';

export type FieldCondition = Extract<Condition, { field: LeadField }>;
export type ConditionOperator = FieldCondition['op'];
export type ThresholdSource = 'motionFitThreshold' | 'motionIntentThreshold';

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'notIn',
  'present',
  'absent',
  'validEmail',
];

/** Operators that may compare with a motion threshold instead of a number, as the model allows. */
export const THRESHOLD_OPERATORS: readonly ConditionOperator[] = ['gte', 'lt'];

/** Kind of value a lead field contains. Each kind has its own value editor. */
export type FieldKind = 'number' | 'boolean' | 'motion' | 'text';

const NUMBER_FIELDS: readonly LeadField[] = ['employeeCount', 'annualRevenueUsd', 'fitScore', 'behaviourScore'];

export function fieldKind(field: LeadField): FieldKind {
  if (NUMBER_FIELDS.includes(field)) return 'number';
  if (field === 'consent') return 'boolean';
  if (field === 'motion') return 'motion';

  return 'text';
}

export function isFieldCondition(condition: Condition): condition is FieldCondition {
  return 'field' in condition;
}

function defaultValue(kind: FieldKind): ConditionValue {
  if (kind === 'number') return 0;
  if (kind === 'boolean') return true;
  if (kind === 'motion') return Motion.Inbound;

  return '';
}

/** Build a condition on `field` with operator `op`, keeping the old operand where it still fits. */
export function buildFieldCondition(field: LeadField, op: ConditionOperator, previous?: FieldCondition): FieldCondition {
  const kind = fieldKind(field);
  // Operands are only kept for a field of the same kind: a country list means nothing for a score.
  const prior = previous !== undefined && fieldKind(previous.field) === kind ? previous : undefined;

  switch (op) {
    case 'eq':
    case 'neq': {
      const value = prior !== undefined && 'value' in prior ? prior.value : defaultValue(kind);

      return { field, op, value };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (previous !== undefined && 'valueFrom' in previous && (op === 'gte' || op === 'lt')) {
        return { field, op, valueFrom: previous.valueFrom };
      }
      const value = prior !== undefined && 'value' in prior && typeof prior.value === 'number' ? prior.value : 0;

      return { field, op, value };
    }
    case 'in':
    case 'notIn': {
      const values = prior !== undefined && 'values' in prior ? prior.values : [];

      return { field, op, values: [...values] };
    }
    case 'present':
    case 'absent':
    case 'validEmail':
      return { field, op };
  }
}

export function newFieldCondition(): FieldCondition {
  return { field: 'country', op: 'present' };
}

export function childrenOf(condition: Condition): Condition[] | null {
  if ('all' in condition) return condition.all;
  if ('any' in condition) return condition.any;

  return null;
}
