import type { RoutingRule } from '@accord/governance';
import { FieldErrors, SelectField, TextField } from '../../common/fields';
import { moveItem } from '../../common/move-item';
import { strings } from '../../strings';
import { ConditionBuilder } from '../conditions/condition-builder';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';

const labels = strings.rulesEditor;

/** Edit the routing rules, which are tried in order. The first rule whose condition matches names the pool. */
export function RulesSection() {
  const { model, update } = useDraftEditor();

  const addRule = () =>
    update((draft) => {
      draft.routingRules.push({
        key: `rule-${draft.routingRules.length + 1}`,
        condition: null,
        poolKey: draft.routingPools[0]?.key ?? '',
      });
    });

  return (
    <section aria-labelledby="rules-heading">
      <div className="section-header">
        <div>
          <h2 id="rules-heading">{labels.heading}</h2>
          <p className="muted">{labels.intro}</p>
        </div>
        <button type="button" className="button" onClick={addRule}>
          {labels.add}
        </button>
      </div>
      {model.routingRules.length === 0 && <p className="card empty">{labels.none}</p>}
      <ol className="rule-list">
        {model.routingRules.map((rule, index) => (
          <RuleCard key={index} index={index} rule={rule} count={model.routingRules.length} />
        ))}
      </ol>
    </section>
  );
}

interface RuleCardProps {
  index: number;
  rule: RoutingRule;
  count: number;
}

function RuleCard({ index, rule, count }: RuleCardProps) {
  const { model, update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const path = `routingRules[${index}]`;
  const poolOptions = model.routingPools.map((pool) => ({ value: pool.key, label: pool.label || pool.key }));
  const name = rule.key || labels.unnamed(index + 1);

  const edit = (recipe: (draft: RoutingRule) => void) =>
    update((draft) => {
      const target = draft.routingRules[index];
      if (target !== undefined) recipe(target);
    });

  return (
    <li className="card rule-card" aria-label={labels.ruleLabel(index + 1, name)}>
      <div className="section-header">
        <h3>{labels.ruleLabel(index + 1, name)}</h3>
        <div className="button-row">
          <button
            type="button"
            className="button quiet small"
            disabled={index === 0}
            onClick={() => update((draft) => moveItem(draft.routingRules, index, -1))}
          >
            {labels.moveUp}
          </button>
          <button
            type="button"
            className="button quiet small"
            disabled={index === count - 1}
            onClick={() => update((draft) => moveItem(draft.routingRules, index, 1))}
          >
            {labels.moveDown}
          </button>
          <button
            type="button"
            className="button quiet small danger-text"
            onClick={() => update((draft) => void draft.routingRules.splice(index, 1))}
          >
            {labels.remove}
          </button>
        </div>
      </div>
      <FieldErrors messages={errorsAt(path)} />

      <div className="form-grid">
        <TextField label={labels.key} value={rule.key} onChange={(value) => edit((draft) => (draft.key = value))} />
        <SelectField
          label={labels.pool}
          value={rule.poolKey}
          options={poolOptions}
          placeholder={labels.choosePool}
          errors={errorsAt(`${path}.poolKey`)}
          onChange={(value) => edit((draft) => (draft.poolKey = value))}
        />
      </div>

      <ConditionBuilder
        label={labels.condition}
        condition={rule.condition}
        path={`${path}.condition`}
        emptyText={labels.matchesEveryLead}
        onChange={(condition) => edit((draft) => (draft.condition = condition))}
      />
    </li>
  );
}
