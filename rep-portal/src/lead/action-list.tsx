import { useQuery } from '@apollo/client/react';
import { strings } from '../strings';
import { STAGE_REQUIREMENTS } from './lead-actions.operations';
import { isReasonAction, LEAD_ACTION_SHORTCUTS, LEAD_ACTIONS, type LeadActionName } from './lead-actions';
import type { LeadDetail } from './lead.operations';

export interface ActionListProps {
  lead: LeadDetail;
  actions: readonly LeadActionName[];
  /** The action waiting for the server; every button is disabled meanwhile. */
  pendingAction: LeadActionName | null;
  onRun: (action: LeadActionName) => void;
}

/**
 * List the actions of the lead's stage, each with the stage move it makes and, for a forward move,
 * the fields the target stage requires in the published governance model.
 */
export function ActionList({ lead, actions, pendingAction, onRun }: ActionListProps) {
  const requirements = useQuery(STAGE_REQUIREMENTS);
  const requiredFieldsOf = (stage: string) =>
    requirements.data?.stages.find((definition) => definition.stage === stage)?.requiredFields ?? [];

  return (
    <ul className="action-list">
      {actions.map((action) => {
        const target = LEAD_ACTIONS[action].to;
        const requiredFields = isReasonAction(action) ? [] : requiredFieldsOf(target);
        const fieldNames = requiredFields.map((field) => strings.lead.fieldNames[field] ?? field);
        const danger = isReasonAction(action);
        const shortcut = LEAD_ACTION_SHORTCUTS[action];

        return (
          <li key={action} className="action-item">
            <button
              type="button"
              className={danger ? 'button danger' : 'button primary'}
              disabled={pendingAction !== null}
              aria-keyshortcuts={shortcut}
              onClick={() => onRun(action)}
            >
              {pendingAction === action ? strings.action[action].pending : strings.action[action].label}
              {shortcut !== undefined && (
                <kbd className="shortcut-key" aria-hidden="true">
                  {shortcut}
                </kbd>
              )}
            </button>
            <span className="muted small">
              {strings.actions.transition(strings.stage[lead.stage], strings.stage[target])}
              {fieldNames.length > 0 && <> · {strings.actions.requires(strings.stage[target], fieldNames.join(', '))}</>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
