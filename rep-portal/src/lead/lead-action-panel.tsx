import { navigate } from '@accord/portal-kit';
import { useFlashNotice } from '../notice/flash-notice';
import { strings } from '../strings';
import { ActionFailure } from './action-failure';
import { ActionList } from './action-list';
import { isReasonAction, type LeadActionName, type ReasonActionName } from './lead-actions';
import type { LeadDetail } from './lead.operations';
import { ReasonForm } from './reason-form';
import type { LeadActionHandle, ReasonInput } from './use-lead-action';

export interface LeadActionPanelProps {
  lead: LeadDetail;
  /** The list the page returns to after an action that closes the lead, such as the team view. */
  returnPath: string;
  /** The actions the viewer may take in the lead's stage; empty for a lead the viewer does not own. */
  offered: readonly LeadActionName[];
  actionHandle: LeadActionHandle;
  /** The reason form that replaces the panel, or null for the list of actions. */
  openForm: ReasonActionName | null;
  onOpenForm: (form: ReasonActionName | null) => void;
}

/**
 * Offer the owner of a lead the actions of its stage: the hand-off decision at MQL, then qualify,
 * convert, disqualify and recycle. A forward move keeps the page open with a confirmation. An exit
 * returns to the list the lead was opened from and confirms there with the reason's label.
 */
export function LeadActionPanel({ lead, returnPath, offered, actionHandle, openForm, onOpenForm }: LeadActionPanelProps) {
  const flash = useFlashNotice();
  const { state, run, reset } = actionHandle;
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
          onOpenForm(null);
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
              onOpenForm(action);
            } else {
              void run(action);
            }
          }}
        />
      )}
    </section>
  );
}
