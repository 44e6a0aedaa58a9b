/**
 * Collects the keys requested while GraphQL resolves one level of a response and fetches them in
 * one call, so a list of 100 leads costs one owner query instead of 100. Results are cached for the
 * loader's lifetime, which is one request.
 */
export class BatchLoader<K, V> {
  private readonly cache = new Map<K, Promise<V | null>>();
  private queue: { key: K; resolve: (value: V | null) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly fetchMany: (keys: K[]) => Promise<Map<K, V>>) {}

  load(key: K): Promise<V | null> {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      return cached;
    }

    const promise = new Promise<V | null>((resolve, reject) => {
      if (this.queue.length === 0) {
        // setImmediate runs after every pending promise job, so sibling resolvers have queued their keys.
        setImmediate(() => void this.flush());
      }
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);

    return promise;
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];

    try {
      const values = await this.fetchMany(batch.map((entry) => entry.key));
      for (const entry of batch) {
        entry.resolve(values.get(entry.key) ?? null);
      }
    } catch (error) {
      for (const entry of batch) {
        this.cache.delete(entry.key);
        entry.reject(error);
      }
    }
  }
}
