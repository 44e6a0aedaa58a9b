import { describeCondition, type Condition } from '@accord/governance';
import { FieldErrors } from '../../common/fields';
import { strings } from '../../strings';
import { useProblemsAt } from '../draft-editor-context';
import { childrenOf, isFieldCondition, newFieldCondition } from './condition-nodes';
import { FieldConditionEditor } from './field-condition-editor';

const labels = strings.conditions;

export interface ConditionNodeEditorProps {
  condition: Condition;
  onChange: (condition: Condition) => void;
  path: string;
}

/** Edit one node of a condition tree: an all/any group, a negation or a single comparison. */
export function ConditionNodeEditor({ condition, onChange, path }: ConditionNodeEditorProps) {
  if ('not' in condition) {
    return (
      <div className="condition-not" role="group" aria-label={labels.notGroupLabel(describeCondition(condition.not))}>
        <p className="condition-keyword">{labels.notKeyword}</p>
        <ConditionNodeEditor condition={condition.not} onChange={(inner) => onChange({ not: inner })} path={`${path}.not`} />
      </div>
    );
  }

  if (isFieldCondition(condition)) {
    return <FieldConditionEditor condition={condition} onChange={onChange} path={path} />;
  }

  return <ConditionGroupEditor condition={condition} onChange={onChange} path={path} />;
}

function ConditionGroupEditor({ condition, onChange, path }: ConditionNodeEditorProps) {
  const mode = 'all' in condition ? 'all' : 'any';
  const children = childrenOf(condition) ?? [];
  const childPath = (index: number) => `${path}.${mode}[${index}]`;
  const groupErrors = useProblemsAt(`${path}.${mode}`);

  const replaceChildren = (next: Condition[]) => onChange(mode === 'all' ? { all: next } : { any: next });
  const replaceChild = (index: number, child: Condition) =>
    replaceChildren(children.map((current, position) => (position === index ? child : current)));
  const moveChild = (index: number, direction: -1 | 1) => {
    const next = [...children];
    const [moved] = next.splice(index, 1);
    if (moved !== undefined) next.splice(index + direction, 0, moved);
    replaceChildren(next);
  };

  return (
    <div className={`condition-group ${mode}`} role="group" aria-label={labels.groupLabel[mode]}>
      <label className="condition-mode">
        <span className="visually-hidden">{labels.matchLabel}</span>
        <select value={mode} onChange={(event) => onChange(event.target.value === 'all' ? { all: children } : { any: children })}>
          <option value="all">{labels.matchAll}</option>
          <option value="any">{labels.matchAny}</option>
        </select>
      </label>
      <FieldErrors messages={groupErrors} />

      {children.length === 0 && <p className="muted small">{mode === 'all' ? labels.emptyAll : labels.emptyAny}</p>}

      <ol className="condition-children">
        {children.map((child, index) => (
          <li key={index} className="condition-child">
            <ConditionNodeEditor condition={child} onChange={(next) => replaceChild(index, next)} path={childPath(index)} />
            <div className="condition-child-actions">
              <button
                type="button"
                className="button quiet small"
                onClick={() => replaceChild(index, 'not' in child ? child.not : { not: child })}
              >
                {'not' in child ? labels.removeNot : labels.addNot}
              </button>
              <button type="button" className="button quiet small" disabled={index === 0} onClick={() => moveChild(index, -1)}>
                {labels.moveUp}
              </button>
              <button
                type="button"
                className="button quiet small"
                disabled={index === children.length - 1}
                onClick={() => moveChild(index, 1)}
              >
                {labels.moveDown}
              </button>
              <button
                type="button"
                className="button quiet small danger-text"
                onClick={() => replaceChildren(children.filter((_, position) => position !== index))}
              >
                {labels.remove}
              </button>
            </div>
          </li>
        ))}
      </ol>

      <div className="button-row">
        <button type="button" className="button small" onClick={() => replaceChildren([...children, newFieldCondition()])}>
          {labels.addCondition}
        </button>
        <button type="button" className="button small" onClick={() => replaceChildren([...children, { any: [newFieldCondition()] }])}>
          {labels.addGroup}
        </button>
      </div>
    </div>
  );
}
