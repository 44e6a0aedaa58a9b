import { BatchLoader } from './batch-loader';

describe('BatchLoader', () => {
  it('fetches keys requested together in one call', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string, string>(async (keys) => {
      calls.push(keys);

      return new Map(keys.map((key) => [key, key.toUpperCase()]));
    });

    const values = await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')]);

    expect(values).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('returns null for keys the fetch did not find', async () => {
    const loader = new BatchLoader<string, string>(async () => new Map());

    await expect(loader.load('missing')).resolves.toBeNull();
  });

  it('rejects every key of a failed batch and retries later', async () => {
    let failing = true;
    const loader = new BatchLoader<string, string>(async (keys) => {
      if (failing) {
        throw new Error('database unavailable');
      }

      return new Map(keys.map((key) => [key, key]));
    });

    await expect(loader.load('a')).rejects.toThrow('database unavailable');
    failing = false;
    await expect(loader.load('a')).resolves.toBe('a');
  });
});
