import { useSession } from '@accord/portal-kit';

/** True for admins, who change governance, teams and users. Managers only read them. */
export function useIsAdmin(): boolean {
  const { session } = useSession();

  return session?.user.role === 'ADMIN';
}
