import type { Condition } from './model';
import { findImpossibleCriterion } from './validate-stages';

describe('findImpossibleCriterion', () => {
  it.each<[string, Condition, string]>([
    ['fit score above 100', { field: 'fitScore', op: 'gte', value: 101 }, 'c.value'],
    ['fit score greater than 100', { field: 'fitScore', op: 'gt', value: 100 }, 'c.value'],
    ['behaviour score below 0', { field: 'behaviourScore', op: 'lt', value: 0 }, 'c.value'],
    ['behaviour score at most -1', { field: 'behaviourScore', op: 'lte', value: -1 }, 'c.value'],
    ['an empty any', { any: [] }, 'c.any'],
    [
      'a nested impossible bound',
      { all: [{ field: 'industry', op: 'present' }, { all: [{ field: 'fitScore', op: 'gte', value: 150 }] }] },
      'c.all[1].all[0].value',
    ],
    [
      'an any of impossible bounds',
      {
        any: [
          { field: 'fitScore', op: 'gte', value: 150 },
          { field: 'behaviourScore', op: 'gt', value: 100 },
        ],
      },
      'c.any[0].value',
    ],
    [
      'contradictory equals',
      {
        all: [
          { field: 'country', op: 'eq', value: 'DE' },
          { field: 'source', op: 'present' },
          { field: 'country', op: 'eq', value: 'FR' },
        ],
      },
      'c.all[2]',
    ],
  ])('finds %s', (_case, condition, path) => {
    expect(findImpossibleCriterion(condition, 'c')?.path).toBe(path);
  });

  it.each<[string, Condition]>([
    ['fit score of exactly 100', { field: 'fitScore', op: 'gte', value: 100 }],
    ['behaviour score at most 0', { field: 'behaviourScore', op: 'lte', value: 0 }],
    ['a large employee count', { field: 'employeeCount', op: 'gte', value: 5000 }],
    ['an empty all', { all: [] }],
    [
      'an any with one possible branch',
      {
        any: [
          { field: 'fitScore', op: 'gte', value: 150 },
          { field: 'fitScore', op: 'gte', value: 50 },
        ],
      },
    ],
    [
      'equals naming one country by code and by name',
      {
        all: [
          { field: 'country', op: 'eq', value: 'DE' },
          { field: 'country', op: 'eq', value: 'Germany' },
        ],
      },
    ],
    [
      'equals differing only in case',
      {
        all: [
          { field: 'country', op: 'eq', value: 'de' },
          { field: 'country', op: 'eq', value: 'DE' },
        ],
      },
    ],
    [
      'equals on different fields',
      {
        all: [
          { field: 'country', op: 'eq', value: 'DE' },
          { field: 'region', op: 'eq', value: 'EMEA' },
        ],
      },
    ],
    ['a negated impossible bound', { not: { field: 'fitScore', op: 'gte', value: 150 } }],
    ['a threshold from the motion', { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' }],
  ])('accepts %s', (_case, condition) => {
    expect(findImpossibleCriterion(condition, 'c')).toBeNull();
  });

  it('explains an impossible bound', () => {
    expect(findImpossibleCriterion({ field: 'behaviourScore', op: 'lt', value: 0 }, 'c')?.reason).toBe(
      'behaviour score < 0 never holds because scores run from 0 to 100 points; raise c.value to 0 or more',
    );
  });

  it('explains an empty any', () => {
    expect(findImpossibleCriterion({ any: [] }, 'c')?.reason).toBe(
      'an empty any never holds; add a criterion or use an empty all, which always holds',
    );
  });
});
