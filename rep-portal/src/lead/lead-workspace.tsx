import { EXIT_STAGES, navigate, useKeyboardShortcuts, useSession } from '@accord/portal-kit';
import { useState } from 'react';
import { useFlashNotice } from '../notice/flash-notice';
import { strings } from '../strings';
import { ReassignDialog } from '../team/reassign-dialog';
import { LeadActivityPanel, type ActivityFormName } from './activity/lead-activity-panel';
import { LeadActionPanel } from './lead-action-panel';
import { actionsOfferedIn, type LeadActionName, type ReasonActionName } from './lead-actions';
import type { LeadDetail } from './lead.operations';
import { useLeadAction } from './use-lead-action';

export interface LeadWorkspaceProps {
  lead: LeadDetail;
  returnPath: string;
}

/**
 * Hold the lead page's actions and forms, and bind their keys. `a` accepts, `r` opens the reject form,
 * and `c` and `n` open the contact attempt and note forms. Escape closes the open form, and with no
 * form open it goes back to the list the lead was opened from. Managers also get a Reassign button.
 */
export function LeadWorkspace({ lead, returnPath }: LeadWorkspaceProps) {
  const { session } = useSession();
  const actionHandle = useLeadAction(lead);
  const [reasonForm, setReasonForm] = useState<ReasonActionName | null>(null);
  const [activityForm, setActivityForm] = useState<ActivityFormName | null>(null);
  const [reassigning, setReassigning] = useState(false);
  const flash = useFlashNotice();

  const ownedByViewer = lead.owner !== null && lead.owner.id === session?.user.id;
  const offered: LeadActionName[] = ownedByViewer ? actionsOfferedIn(lead.stage) : [];
  // Managers follow up on and reassign their team's leads too; the API checks the team.
  const isManager = session?.user.role === 'MANAGER';
  const canWork = ownedByViewer || isManager;
  // The API reassigns open leads only.
  const canReassign = isManager && !EXIT_STAGES.includes(lead.stage);
  const idle = actionHandle.state.status !== 'pending';

  const openReasonForm = (action: ReasonActionName) => {
    actionHandle.reset();
    setActivityForm(null);
    setReasonForm(action);
  };

  const openActivityForm = (form: ActivityFormName | null) => {
    setReasonForm(null);
    setActivityForm(form);
  };

  useKeyboardShortcuts({
    a: () => {
      if (offered.includes('ACCEPT') && idle && reasonForm === null) void actionHandle.run('ACCEPT');
    },
    r: () => {
      if (offered.includes('REJECT') && idle) openReasonForm('REJECT');
    },
    c: () => {
      if (canWork) openActivityForm('CONTACT');
    },
    n: () => {
      if (canWork) openActivityForm('NOTE');
    },
    Escape: () => {
      if (reasonForm !== null) {
        setReasonForm(null);
        actionHandle.reset();
      } else if (activityForm !== null) {
        setActivityForm(null);
      } else {
        navigate(returnPath);
      }
    },
  });

  return (
    <>
      <LeadActionPanel
        lead={lead}
        returnPath={returnPath}
        offered={offered}
        actionHandle={actionHandle}
        openForm={reasonForm}
        onOpenForm={(form) => (form === null ? setReasonForm(null) : openReasonForm(form))}
      />
      {canWork && reasonForm === null && <LeadActivityPanel lead={lead} openForm={activityForm} onOpenForm={openActivityForm} />}
      {canReassign && (
        <p>
          <button type="button" className="button" onClick={() => setReassigning(true)}>
            {strings.reassign.open}
          </button>
        </p>
      )}
      <ReassignDialog
        lead={reassigning ? lead : null}
        onClose={() => setReassigning(false)}
        onReassigned={(leadName, ownerName) => {
          setReassigning(false);
          flash.show(strings.reassign.done(leadName, ownerName), window.location.pathname);
        }}
      />
    </>
  );
}
