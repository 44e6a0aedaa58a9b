import { validateCondition } from './validate-condition';

describe('validateCondition', () => {
  it.each<[string, unknown]>([
    ['a field test', { field: 'country', op: 'eq', value: 'DE' }],
    ['a threshold', { field: 'fitScore', op: 'gte', valueFrom: 'motionFitThreshold' }],
    ['nested groups', { all: [{ any: [] }, { not: { field: 'email', op: 'validEmail' } }] }],
    ['a list', { field: 'industry', op: 'notIn', values: ['Education', 3, true] }],
  ])('accepts %s', (_case, condition) => {
    expect(validateCondition(condition, 'c')).toEqual([]);
  });

  it.each<[string, unknown, string, string]>([
    ['a string', 'fitScore > 50', 'c', 'c is not a condition object; send { all }, { any }, { not } or { field, op }'],
    ['a null child', { all: [null] }, 'c.all[0]', 'c.all[0] is not a condition object'],
    [
      'a group that is no list',
      { any: { field: 'email' } },
      'c.any',
      'c.any is not a list of conditions; send an array, which may be empty',
    ],
    [
      'an unknown field',
      { not: { field: 'salary', op: 'present' } },
      'c.not.field',
      'c.not.field "salary" is not a lead field; use one of email,',
    ],
    [
      'an unknown operator',
      { field: 'country', op: 'like', value: 'D%' },
      'c.op',
      'c.op "like" is not an operator; use one of eq, neq',
    ],
    [
      'a text comparison',
      { field: 'employeeCount', op: 'gt', value: '50' },
      'c.value',
      'c.value "50" is not a number; op "gt" compares numbers',
    ],
    [
      'an object equality',
      { field: 'country', op: 'eq', value: { code: 'DE' } },
      'c.value',
      'c.value {"code":"DE"} is not a string, number or boolean',
    ],
    [
      'an empty list',
      { field: 'country', op: 'in', values: [] },
      'c.values',
      'c.values is not a non-empty list of strings, numbers or booleans',
    ],
    [
      'an unknown threshold',
      { field: 'fitScore', op: 'gte', valueFrom: 'teamThreshold' },
      'c.valueFrom',
      'c.valueFrom "teamThreshold" with op "gte" is not supported',
    ],
    [
      'a threshold with gt',
      { field: 'fitScore', op: 'gt', valueFrom: 'motionFitThreshold' },
      'c.valueFrom',
      'use op gte or lt with motionFitThreshold or motionIntentThreshold',
    ],
  ])('rejects %s', (_case, condition, path, message) => {
    const problems = validateCondition(condition, 'c');

    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
  });
});
