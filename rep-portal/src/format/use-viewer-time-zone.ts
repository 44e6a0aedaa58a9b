import { useSession } from '@accord/portal-kit';

/**
 * Return the signed-in user's IANA time zone from their profile, in which the rep portal shows instants.
 * Without a session it returns undefined, which the formatters read as the browser's zone.
 */
export function useViewerTimeZone(): string | undefined {
  const { session } = useSession();

  return session?.user.timeZone;
}
