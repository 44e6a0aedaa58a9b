import { RoutingStrategy, type RoutingPool } from '@accord/governance';
import { useState } from 'react';
import { FieldErrors, NumberField } from '../../common/fields';
import { moveItem } from '../../common/move-item';
import { useCanEditGovernance } from '../../common/use-is-admin';
import { strings } from '../../strings';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';

const labels = strings.poolsEditor.members;

export interface PoolMembersProps {
  pool: RoutingPool;
  path: string;
  onChange: (recipe: (pool: RoutingPool) => void) => void;
}

/**
 * Edit the reps of a pool in rotation order, with a weight per rep for the weighted strategy.
 * Candidates are the active reps from `users`. A stored id that matches no user stays visible.
 */
export function PoolMembers({ pool, path, onChange }: PoolMembersProps) {
  const { users } = useDraftEditor();
  const canSeeEveryone = useCanEditGovernance();
  const errorsAt = useProblemLookup();
  const [candidateId, setCandidateId] = useState('');
  const usersById = new Map(users.map((user) => [user.id, user]));
  const candidates = users.filter((user) => user.role === 'REP' && user.active && !pool.memberIds.includes(user.id));
  const weighted = pool.strategy === RoutingStrategy.Weighted;

  const addMember = () => {
    if (candidateId === '') return;

    onChange((draft) => draft.memberIds.push(candidateId));
    setCandidateId('');
  };

  const removeMember = (memberId: string) =>
    onChange((draft) => {
      draft.memberIds = draft.memberIds.filter((id) => id !== memberId);
      if (draft.weights !== undefined) delete draft.weights[memberId];
    });

  return (
    <fieldset className="pool-members">
      <legend>{labels.heading}</legend>
      <p className="field-hint">{weighted ? labels.weightedHint : labels.hint}</p>
      <FieldErrors messages={errorsAt(`${path}.memberIds`)} />

      {pool.memberIds.length === 0 ? (
        <p className="muted small">{labels.none}</p>
      ) : (
        <ol className="member-list">
          {pool.memberIds.map((memberId, index) => {
            const user = usersById.get(memberId);
            // A manager's `users` lists their own team only, so a member missing from it may sit in another team.
            const name = user?.name ?? (canSeeEveryone ? labels.unknownUser(memberId) : labels.outsideYourTeam(index + 1));

            return (
              <li key={memberId} className="member-row">
                <span className="member-name">
                  <strong>{name}</strong>
                  {user !== undefined && (
                    <span className="muted small">
                      {user.team?.label ?? strings.notSet}
                      {user.active ? '' : ` · ${labels.inactive}`}
                    </span>
                  )}
                </span>
                {weighted && (
                  <NumberField
                    label={labels.weightOf(name)}
                    integer
                    min={1}
                    value={pool.weights?.[memberId] ?? 1}
                    errors={errorsAt(`${path}.weights.${memberId}`)}
                    onChange={(weight) => onChange((draft) => (draft.weights = { ...draft.weights, [memberId]: weight ?? 1 }))}
                  />
                )}
                <div className="button-row">
                  <button
                    type="button"
                    className="button quiet small"
                    disabled={index === 0}
                    aria-label={labels.moveUpOf(name)}
                    onClick={() => onChange((draft) => moveItem(draft.memberIds, index, -1))}
                  >
                    {labels.moveUp}
                  </button>
                  <button
                    type="button"
                    className="button quiet small"
                    disabled={index === pool.memberIds.length - 1}
                    aria-label={labels.moveDownOf(name)}
                    onClick={() => onChange((draft) => moveItem(draft.memberIds, index, 1))}
                  >
                    {labels.moveDown}
                  </button>
                  <button
                    type="button"
                    className="button quiet small danger-text"
                    aria-label={labels.removeOf(name)}
                    onClick={() => removeMember(memberId)}
                  >
                    {labels.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <div className="inline-form">
        <label className="field">
          <span>{labels.addLabel}</span>
          <select value={candidateId} onChange={(event) => setCandidateId(event.target.value)}>
            <option value="">{candidates.length === 0 ? labels.noCandidates : labels.choose}</option>
            {candidates.map((user) => (
              <option key={user.id} value={user.id}>
                {user.team === null ? user.name : `${user.name} (${user.team.label})`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button small" disabled={candidateId === ''} onClick={addMember}>
          {labels.add}
        </button>
      </div>
    </fieldset>
  );
}
