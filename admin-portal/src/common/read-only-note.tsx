import { strings } from '../strings';
import { useCanEditGovernance, useIsAdmin } from './use-is-admin';

export interface ReadOnlyNoteProps {
  /** What the page edits: governance versions, which marketing ops may edit too, or teams and users, which only admins edit. */
  subject: 'governance' | 'organisation';
}

/** Tells a caller who may not edit the page that it is read-only for them. Renders nothing for those who may edit. */
export function ReadOnlyNote({ subject }: ReadOnlyNoteProps) {
  const isAdmin = useIsAdmin();
  const canEditGovernance = useCanEditGovernance();
  const mayEdit = subject === 'governance' ? canEditGovernance : isAdmin;
  if (mayEdit) return null;

  return (
    <p className="notice read-only-note" role="note">
      {subject === 'governance' ? strings.readOnly.governanceNote : strings.readOnly.organisationNote}
    </p>
  );
}
