import { ErrorDisplay, ModalDialog, problemsForField, useKitStrings, useSession } from '@accord/portal-kit';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FieldErrors } from '../lead/activity/field-errors';
import { strings } from '../strings';
import { TEAM_MEMBERS, type TeamMember } from './team-work.operations';
import { useReassignLead } from './use-reassign-lead';

/** The lead a manager is about to reassign. */
export interface ReassignTarget {
  id: string;
  fullName: string;
  owner: { id: string; name: string } | null;
}

export interface ReassignDialogProps {
  lead: ReassignTarget | null;
  onClose: () => void;
  /** Called after the server reassigned the lead, with the new owner's name. */
  onReassigned: (leadName: string, ownerName: string) => void;
}

/**
 * Ask a manager for the lead's new owner, an active member of the team or the manager, and a reason,
 * which the lead's SLA events keep. The current owner is not offered.
 */
export function ReassignDialog({ lead, onClose, onReassigned }: ReassignDialogProps) {
  const labels = strings.reassign;

  return (
    <ModalDialog open={lead !== null} title={lead === null ? labels.heading : labels.headingFor(lead.fullName)} onClose={onClose}>
      {lead !== null && <ReassignForm key={lead.id} lead={lead} onClose={onClose} onReassigned={onReassigned} />}
    </ModalDialog>
  );
}

function ReassignForm({ lead, onClose, onReassigned }: { lead: ReassignTarget } & Omit<ReassignDialogProps, 'lead'>) {
  const labels = strings.reassign;
  const kitStrings = useKitStrings();
  const { session } = useSession();
  const reasonErrorId = useId();
  const members = useQuery(TEAM_MEMBERS);
  const ownerSelectRef = useRef<HTMLSelectElement>(null);

  // The select is disabled until the members arrive, and a disabled element cannot take focus.
  useEffect(() => {
    if (!members.loading) ownerSelectRef.current?.focus();
  }, [members.loading]);
  const { reassign, pending, error } = useReassignLead();
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');

  const candidates = listCandidates(members.data?.users ?? [], session?.user ?? null, lead.owner?.id ?? null);
  const reasonProblems = problemsForField(error, 'reason');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();

    const moved = await reassign({ leadId: lead.id, fromOwnerId: lead.owner?.id ?? null, toUserId, reason: reason.trim() });
    if (moved === null) return;

    onReassigned(lead.fullName, moved.owner?.name ?? candidates.find((member) => member.id === toUserId)?.name ?? '');
  };

  return (
    <form className="reassign-form" onSubmit={(event) => void handleSubmit(event)}>
      <p className="muted">{labels.currentOwner(lead.owner?.name ?? strings.notSet)}</p>
      <ErrorDisplay error={members.error} />
      <ErrorDisplay error={error} fieldLabels={labels.fieldLabels} />

      <label className="field">
        <span>{labels.ownerLabel}</span>
        <select ref={ownerSelectRef} name="toUserId" required value={toUserId} onChange={(event) => setToUserId(event.target.value)} disabled={members.loading}>
          <option value="">{members.loading ? kitStrings.loading : labels.ownerPlaceholder}</option>
          {candidates.map((member) => (
            <option key={member.id} value={member.id}>
              {member.role === 'MANAGER' ? labels.managerOption(member.name) : member.name}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span>{labels.reasonLabel}</span>
        <textarea
          name="reason"
          required
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={reasonProblems.length > 0}
          aria-describedby={reasonProblems.length > 0 ? reasonErrorId : undefined}
        />
        <FieldErrors id={reasonErrorId} messages={reasonProblems} />
      </label>

      <div className="button-row">
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={pending}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}

/**
 * Active reps and managers of the team, the viewer (the manager) included even when `users` leaves
 * them out, without the current owner, by name.
 */
function listCandidates(users: readonly TeamMember[], viewer: { id: string; name: string; role: TeamMember['role'] } | null, ownerId: string | null): TeamMember[] {
  const members = users.filter((user) => user.active && (user.role === 'REP' || user.role === 'MANAGER'));
  if (viewer !== null && !members.some((member) => member.id === viewer.id)) {
    members.push({ id: viewer.id, name: viewer.name, role: viewer.role, active: true });
  }

  return members.filter((member) => member.id !== ownerId).sort((left, right) => left.name.localeCompare(right.name));
}
