import { strings } from '../strings';
import { useIsAdmin } from './use-is-admin';

/** Tell a manager that the page is read-only for them. Renders nothing for admins. */
export function ReadOnlyNote() {
  const isAdmin = useIsAdmin();
  if (isAdmin) return null;

  return (
    <p className="notice read-only-note" role="note">
      {strings.readOnly.managerNote}
    </p>
  );
}
