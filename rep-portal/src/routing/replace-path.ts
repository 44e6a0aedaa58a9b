/**
 * Replace the current history entry with `path` and re-render every `usePath` caller. portal-kit's
 * router only pushes entries, and a landing redirect must not leave a back-button entry behind. The
 * router re-reads the location on `popstate`, so this function dispatches one.
 */
export function replacePath(path: string): void {
  window.history.replaceState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
