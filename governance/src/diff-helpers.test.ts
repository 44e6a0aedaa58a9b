import { describeChange, isSameValue, pairByKey, pairPath } from './diff-helpers';

describe('pairByKey', () => {
  const key = (item: { key: string }): string => item.key;

  it('lists after items in order, then removed ones', () => {
    const pairs = pairByKey([{ key: 'a' }, { key: 'b' }, { key: 'c' }], [{ key: 'c' }, { key: 'd' }, { key: 'a' }], key);

    expect(pairs.map((pair) => [pair.key, pair.beforeIndex, pair.afterIndex])).toEqual([
      ['c', 2, 0],
      ['d', -1, 1],
      ['a', 0, 2],
      ['b', 1, -1],
    ]);
  });

  it('pairs repeated keys in turn', () => {
    const pairs = pairByKey([{ key: 'a' }, { key: 'a' }], [{ key: 'a' }, { key: 'a' }, { key: 'a' }], key);

    expect(pairs.map((pair) => [pair.beforeIndex, pair.afterIndex])).toEqual([
      [0, 0],
      [1, 1],
      [-1, 2],
    ]);
  });

  it('paths a removed item by its old index', () => {
    const [removed] = pairByKey([{ key: 'a' }], [], key);
    if (removed === undefined) {
      throw new Error('expected one removed pair');
    }

    expect(pairPath('teams', removed)).toBe('teams[0]');
  });
});

describe('isSameValue', () => {
  it.each<[unknown, unknown, boolean]>([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: undefined }, false],
    [{ a: 1 }, [1], false],
    ['1', 1, false],
    [null, null, true],
  ])('compares %p with %p', (left, right, expected) => {
    expect(isSameValue(left, right)).toBe(expected);
  });
});

describe('describeChange', () => {
  it('skips equal words', () => {
    expect(describeChange('p', 'Thing', 'x', 'x')).toEqual([]);
  });

  it('builds an arrow sentence', () => {
    expect(describeChange('p', 'Thing', 'x', 'y')).toEqual([{ path: 'p', description: 'Thing: x → y', before: 'x', after: 'y' }]);
  });
});
