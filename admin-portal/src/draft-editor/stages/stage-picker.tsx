import type { StageDefinition } from '@accord/governance';
import { strings } from '../../strings';
import { isUnder, useDraftEditor } from '../draft-editor-context';

export interface StagePickerProps {
  stages: readonly StageDefinition[];
  selected: number;
  onSelect: (index: number) => void;
  /** Part of each stage whose problems the badges count, such as `sla`. Without it the whole stage counts. */
  problemScope?: string;
}

/** Choose the stage that the form beside the list edits. Each stage shows its problem count. */
export function StagePicker({ stages, selected, onSelect, problemScope }: StagePickerProps) {
  const { problems } = useDraftEditor();

  return (
    <nav className="item-picker" aria-label={strings.stagesEditor.pickerLabel}>
      <ul>
        {stages.map((stage, index) => {
          const path = problemScope === undefined ? `stages[${index}]` : `stages[${index}].${problemScope}`;
          const count = problems.filter((problem) => isUnder(problem.path, path)).length;

          return (
            <li key={`${stage.stage}-${index}`}>
              <button type="button" className="item-picker-button" aria-pressed={index === selected} onClick={() => onSelect(index)}>
                <span>{stage.label || stage.stage}</span>
                {count > 0 && (
                  <span className="badge bad" aria-label={strings.editor.problems.countLabel(count)}>
                    {count}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
