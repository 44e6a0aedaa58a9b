import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import { confirmNavigation } from './navigation-guards';

const NAVIGATE_EVENT = 'accord:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);

  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

/** Return the current URL path, re-rendering the caller on `navigate` and on back or forward. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/**
 * Push `path` onto the browser history and re-render every `usePath` caller, unless a navigation
 * guard blocks the move and the user declines to leave.
 */
export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  if (!confirmNavigation(path)) return;

  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Match `path` against a pattern such as `/leads/:id` and return the named segments, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;

  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const segment = pathParts[index] ?? '';

    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(segment);
    else if (part !== segment) return null;
  }

  return params;
}

export interface LinkProps {
  to: string;
  children: ReactNode;
  className?: string;
  'aria-current'?: 'page';
  /** Accessible name when the visible text alone is ambiguous, such as "Edit" in each table row. */
  'aria-label'?: string;
  /** Called on every click before the link navigates, such as to close the menu that contains it. */
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/** Render an anchor that navigates inside the app, while modifier clicks still open a new tab. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;

    event.preventDefault();
    navigate(to);
  };

  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
