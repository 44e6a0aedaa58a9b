import { useSession } from '@accord/portal-kit';
import { useCallback } from 'react';
import type { OptimisticContext } from './build-optimistic-activity';

/** Return a function that builds the optimistic actor and time of an entry at the moment of the click. */
export function useOptimisticContext(): () => OptimisticContext {
  const { session } = useSession();

  return useCallback(
    () => ({
      actor: session === null ? { id: '', name: '' } : { id: session.user.id, name: session.user.name },
      now: new Date().toISOString(),
    }),
    [session],
  );
}
