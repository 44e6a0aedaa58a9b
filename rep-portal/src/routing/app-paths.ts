export const QUEUE_PATH = '/queue';
export const TEAM_PATH = '/team';

const RETURN_PARAMETER = 'from';

/**
 * Build the URL of a lead page. `returnPath` is the list the lead was opened from, with its query
 * string, so the page can link back to it with the same filters. Without it the page returns to the queue.
 */
export function leadPath(leadId: string, returnPath?: string): string {
  const path = `/leads/${encodeURIComponent(leadId)}`;
  if (returnPath === undefined || returnPath === QUEUE_PATH) return path;

  return `${path}?${new URLSearchParams({ [RETURN_PARAMETER]: returnPath }).toString()}`;
}

const RETURN_PATHNAMES = [QUEUE_PATH, TEAM_PATH];

/**
 * Read the list a lead page returns to from its query string. Only the queue and the team view are
 * accepted, with their filters, so a crafted link cannot send the user to another page or origin.
 */
export function readReturnPath(search: string): string {
  const requested = new URLSearchParams(search).get(RETURN_PARAMETER);
  if (requested === null || !requested.startsWith('/')) return QUEUE_PATH;

  const url = new URL(requested, window.location.origin);
  const sameOrigin = url.origin === window.location.origin;

  return sameOrigin && RETURN_PATHNAMES.includes(url.pathname) ? `${url.pathname}${url.search}` : QUEUE_PATH;
}

export function isTeamPath(path: string): boolean {
  return new URL(path, window.location.origin).pathname === TEAM_PATH;
}
