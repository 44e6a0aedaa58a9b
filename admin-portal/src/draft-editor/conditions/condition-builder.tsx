import { describeCondition, type Condition } from '@accord/governance';
import { strings } from '../../strings';
import { ConditionNodeEditor } from './condition-node-editor';
import { newFieldCondition } from './condition-nodes';

const labels = strings.conditions;

export interface ConditionBuilderProps {
  /** Heading of the builder, such as "Entry criteria". */
  label: string;
  condition: Condition | null;
  onChange: (condition: Condition | null) => void;
  /** Model path of the condition, such as `stages[1].entryCriteria`, for problems beside the fields. */
  path: string;
  /** Text shown while there is no condition, such as "No criteria: a rep's action moves leads here." */
  emptyText: string;
}

/**
 * Build a condition tree from nested all/any/not groups and field comparisons. The tree is data
 * that `evaluateCondition` reads, and nothing typed here runs as code. The sentence under the builder
 * is `describeCondition`, the wording the API uses in its messages.
 */
export function ConditionBuilder({ label, condition, onChange, path, emptyText }: ConditionBuilderProps) {
  return (
    <section className="condition-builder" aria-label={label}>
      <div className="condition-builder-header">
        <h3>{label}</h3>
        {condition === null ? (
          <button type="button" className="button small" onClick={() => onChange({ all: [newFieldCondition()] })}>
            {labels.addCriteria}
          </button>
        ) : (
          <button type="button" className="button quiet small danger-text" onClick={() => onChange(null)}>
            {labels.removeCriteria}
          </button>
        )}
      </div>

      {condition === null ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <>
          <ConditionNodeEditor condition={condition} onChange={onChange} path={path} />
          <p className="condition-summary">
            <span className="muted">{labels.readsAs}</span> {describeCondition(condition)}
          </p>
        </>
      )}
    </section>
  );
}
