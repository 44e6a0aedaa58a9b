import { checkUnique } from './validate-routing';

describe('checkUnique', () => {
  it('reports each repeat after the first', () => {
    expect(checkUnique(['a', 'b', 'a', 'a'], 'pools', 'pool key').map((problem) => problem.path)).toEqual([
      'pools[2]',
      'pools[3]',
    ]);
  });

  it('accepts distinct keys', () => {
    expect(checkUnique(['a', 'b'], 'pools', 'pool key')).toEqual([]);
  });
});
