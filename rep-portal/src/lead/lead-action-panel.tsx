import { navigate, useSession } from '@accord/portal-kit';
import { useState } from 'react';
import { useFlashNotice } from '../notice/flash-notice';
import { strings } from '../strings';
import { ActionFailure } from './action-failure';
import { ActionList } from './action-list';
import { actionsOfferedIn, isReasonAction, type ReasonActionName } from './lead-actions';
import type { LeadDetail } from './lead.operations';
import { ReasonForm } from './reason-form';
import { useLeadAction, type ReasonInput } from './use-lead-action';

export interface LeadActionPanelProps {
  lead: LeadDetail;
  /** The list the page returns to after an action that closes the lead, such as the team view. */
  returnPath: string;
}

/**
 * Offer the owner of a lead the actions of its stage: the hand-off decision at MQL, then qualify,
 * convert, disqualify and recycle. A forward move keeps the page open with a confirmation. An exit
 * returns to the list the lead was opened from and confirms there with the reason's label.
 */
export function LeadActionPanel({ lead, returnPath }: LeadActionPanelProps) {
  const { session } = useSession();
  const flash = useFlashNotice();
  const { state, run, reset } = useLeadAction(lead);
  const [openForm, setOpenForm] = useState<ReasonActionName | null>(null);

  const ownedByViewer = lead.owner !== null && lead.owner.id === session?.user.id;
  const offered = ownedByViewer ? actionsOfferedIn(lead.stage) : [];
  const pending = state.status === 'pending';

  if (openForm !== null) {
    const submitReason = async (input: ReasonInput) => {
      const moved = await run(openForm, input);
      if (moved === null) return;

      flash.show(strings.done[openForm](input.reason.label), returnPath);
      navigate(returnPath);
    };

    return (
      <ReasonForm
        action={openForm}
        stage={state.status === 'failed' ? state.stage : lead.stage}
        submitting={pending}
        error={state.status === 'failed' && state.action === openForm ? state.error : undefined}
        onSubmit={(input) => void submitReason(input)}
        onCancel={() => {
          setOpenForm(null);
          reset();
        }}
      />
    );
  }

  const confirmation = state.status === 'succeeded' && !isReasonAction(state.action) ? strings.done[state.action] : null;
  const failure = state.status === 'failed' ? state : null;
  if (offered.length === 0 && confirmation === null && failure === null) return null;

  const heading = lead.stage === 'MQL' ? strings.actions.handOffHeading : strings.actions.nextStepHeading;

  return (
    <section className="card lead-actions" aria-labelledby="lead-actions-heading">
      <h2 id="lead-actions-heading">{heading}</h2>

      {confirmation !== null && (
        <p role="status" className="notice">
          {confirmation}
        </p>
      )}
      {state.status === 'pending' && (
        <p role="status" className="muted">
          {strings.action[state.action].pending}
        </p>
      )}
      {failure !== null && <ActionFailure action={failure.action} error={failure.error} stage={failure.stage} />}

      {offered.length > 0 && (
        <ActionList
          lead={lead}
          actions={offered}
          pendingAction={pending ? state.action : null}
          onRun={(action) => {
            if (isReasonAction(action)) {
              reset();
              setOpenForm(action);
            } else {
              void run(action);
            }
          }}
        />
      )}
    </section>
  );
}
