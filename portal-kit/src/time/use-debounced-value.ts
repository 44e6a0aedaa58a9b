import { useEffect, useState } from 'react';

/** Return `value` once it has stayed unchanged for `delayMs`, so typing does not send a query per key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);

    return () => window.clearTimeout(timer);
  }, [value, delayMs]);

  return settled;
}
