import { useEffect, useRef } from 'react';
import { addNavigationGuard } from './navigation-guards';

export interface NavigationGuardOptions {
  /** Whether the page has something to lose, such as unsaved changes. */
  when: boolean;
  /** Question shown before an in-app move away from the page. */
  message: string;
  /** Paths that stay inside the page, such as its own tabs, which need no confirmation. */
  allows?: (nextPath: string) => boolean;
}

/**
 * Ask for confirmation before the user leaves a page while `when` is true. In-app links and `navigate`
 * show `message`, back and forward are undone when refused, and closing or reloading the tab shows
 * the browser's own `beforeunload` warning.
 */
export function useNavigationGuard({ when, message, allows }: NavigationGuardOptions): void {
  const allowsRef = useRef(allows);

  useEffect(() => {
    allowsRef.current = allows;
  });

  useEffect(() => {
    if (!when) return undefined;

    const removeGuard = addNavigationGuard({
      message,
      blocks: (nextPath) => !(allowsRef.current?.(nextPath) ?? false),
    });
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warnBeforeUnload);

    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', warnBeforeUnload);
    };
  }, [when, message]);
}
