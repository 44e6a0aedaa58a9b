/** A page's objection to leaving it, such as unsaved changes. */
export interface NavigationGuard {
  /** True when moving to `nextPath` needs the user's confirmation. */
  blocks(nextPath: string): boolean;
  /** Question shown in the browser's confirmation dialog. */
  message: string;
}

const guards = new Set<NavigationGuard>();
let lastPath = window.location.pathname;

/**
 * Ask the user about every guard that blocks `nextPath` and return whether navigation may go ahead.
 * `navigate` calls it before it changes the URL.
 */
export function confirmNavigation(nextPath: string): boolean {
  for (const guard of guards) {
    if (guard.blocks(nextPath) && !window.confirm(guard.message)) return false;
  }
  lastPath = nextPath;

  return true;
}

/**
 * Back and forward change the URL before any script runs, so a refused move is undone by pushing
 * the previous path again. The listener is added when this module loads, which is before any
 * `usePath` subscriber, so the subscribers only ever read the restored path.
 */
function handlePopState(): void {
  const nextPath = window.location.pathname;
  if (nextPath === lastPath) return;

  const allowed = [...guards].every((guard) => !guard.blocks(nextPath) || window.confirm(guard.message));
  if (allowed) lastPath = nextPath;
  else window.history.pushState(null, '', lastPath);
}

window.addEventListener('popstate', handlePopState);

/** Register a guard until the returned function is called. */
export function addNavigationGuard(guard: NavigationGuard): () => void {
  guards.add(guard);

  return () => {
    guards.delete(guard);
  };
}
