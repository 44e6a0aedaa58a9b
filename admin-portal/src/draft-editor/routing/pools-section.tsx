import { RoutingFallback, RoutingStrategy, type RoutingPool } from '@accord/governance';
import { useState } from 'react';
import { NumberField, SelectField, TextField } from '../../common/fields';
import { strings } from '../../strings';
import { isUnder, useDraftEditor, useProblemLookup } from '../draft-editor-context';
import { PoolMembers } from './pool-members';

const labels = strings.poolsEditor;

const strategyOptions = Object.values(RoutingStrategy).map((strategy) => ({
  value: strategy,
  label: labels.strategies[strategy],
}));
const fallbackOptions = Object.values(RoutingFallback).map((fallback) => ({
  value: fallback,
  label: labels.fallbacks[fallback],
}));

/** Edit the routing pools: members, strategy, per-rep cap and the fallback when no member is eligible. */
export function PoolsSection() {
  const { model, update, problems } = useDraftEditor();
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, model.routingPools.length - 1);

  const addPool = () => {
    update((draft) => {
      draft.routingPools.push({
        key: `pool-${draft.routingPools.length + 1}`,
        label: labels.newPoolLabel(draft.routingPools.length + 1),
        teamKey: draft.teams[0]?.key ?? '',
        memberIds: [],
        strategy: RoutingStrategy.RoundRobin,
        maxOpenLeadsPerRep: null,
        fallback: RoutingFallback.TeamManager,
      });
    });
    setSelected(model.routingPools.length);
  };

  return (
    <div className="split">
      <nav className="item-picker" aria-label={labels.pickerLabel}>
        <ul>
          {model.routingPools.map((pool, position) => {
            const count = problems.filter((problem) => isUnder(problem.path, `routingPools[${position}]`)).length;

            return (
              <li key={position}>
                <button
                  type="button"
                  className="item-picker-button"
                  aria-pressed={position === index}
                  onClick={() => setSelected(position)}
                >
                  <span>{pool.label || pool.key}</span>
                  {count > 0 && <span className="badge bad">{count}</span>}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button small" onClick={addPool}>
          {labels.add}
        </button>
      </nav>
      {index >= 0 ? <PoolForm key={index} index={index} onRemoved={() => setSelected(0)} /> : <p className="card empty">{labels.none}</p>}
    </div>
  );
}

function PoolForm({ index, onRemoved }: { index: number; onRemoved: () => void }) {
  const { model, update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const pool = model.routingPools[index];
  if (pool === undefined) return null;

  const path = `routingPools[${index}]`;
  const usedByRules = model.routingRules.filter((rule) => rule.poolKey === pool.key).map((rule) => rule.key);
  const teamOptions = model.teams.map((team) => ({ value: team.key, label: team.label }));

  const edit = (recipe: (draft: RoutingPool) => void) =>
    update((draft) => {
      const target = draft.routingPools[index];
      if (target !== undefined) recipe(target);
    });

  return (
    <section className="card item-form" aria-labelledby="pool-form-heading">
      <div className="section-header">
        <h2 id="pool-form-heading">{labels.formHeading(pool.label || pool.key)}</h2>
        <button
          type="button"
          className="button quiet small danger-text"
          onClick={() => {
            update((draft) => void draft.routingPools.splice(index, 1));
            onRemoved();
          }}
        >
          {labels.remove}
        </button>
      </div>
      {usedByRules.length > 0 && <p className="muted small">{labels.usedByRules(usedByRules.join(', '))}</p>}

      <div className="form-grid">
        <TextField
          label={labels.key}
          hint={labels.keyHint}
          value={pool.key}
          errors={errorsAt(path)}
          onChange={(value) => edit((draft) => (draft.key = value))}
        />
        <TextField label={labels.label} value={pool.label} onChange={(value) => edit((draft) => (draft.label = value))} />
        <SelectField
          label={labels.team}
          hint={labels.teamHint}
          value={pool.teamKey}
          options={teamOptions}
          placeholder={labels.chooseTeam}
          errors={errorsAt(`${path}.teamKey`)}
          onChange={(value) => edit((draft) => (draft.teamKey = value))}
        />
        <SelectField
          label={labels.strategy}
          hint={labels.strategyHints[pool.strategy]}
          value={pool.strategy}
          options={strategyOptions}
          errors={errorsAt(`${path}.strategy`)}
          onChange={(value) => edit((draft) => (draft.strategy = value as RoutingStrategy))}
        />
        <NumberField
          label={labels.cap}
          hint={labels.capHint}
          integer
          allowEmpty
          min={1}
          value={pool.maxOpenLeadsPerRep ?? null}
          errors={errorsAt(`${path}.maxOpenLeadsPerRep`)}
          onChange={(value) => edit((draft) => (draft.maxOpenLeadsPerRep = value))}
        />
        <SelectField
          label={labels.fallback}
          hint={labels.fallbackHint}
          value={pool.fallback ?? RoutingFallback.TeamManager}
          options={fallbackOptions}
          errors={errorsAt(`${path}.fallback`)}
          onChange={(value) => edit((draft) => (draft.fallback = value as RoutingFallback))}
        />
      </div>

      <PoolMembers pool={pool} path={path} onChange={edit} />
    </section>
  );
}
