import { useSession } from '@accord/portal-kit';

/** True for admins, who change teams and users and publish or retire governance versions. */
export function useIsAdmin(): boolean {
  const { session } = useSession();

  return session?.user.role === 'ADMIN';
}

/** True for admins and marketing ops, who write governance drafts and submit them for review. Managers only read. */
export function useCanEditGovernance(): boolean {
  const { session } = useSession();
  const role = session?.user.role;

  return role === 'ADMIN' || role === 'MARKETING_OPS';
}
