import { LEAD_FIELDS, type LeadField } from '@accord/governance';
import { useState } from 'react';
import { CheckboxField, FieldErrors, NumberField, TextField } from '../../common/fields';
import { leadFieldLabel } from '../../common/lead-field-label';
import { strings } from '../../strings';
import { ConditionBuilder } from '../conditions/condition-builder';
import { useDraftEditor, useProblemsAt } from '../draft-editor-context';
import { StagePicker } from './stage-picker';

const labels = strings.stagesEditor;

/** Edit each stage's contract: label, order, description, owner, KPI, required fields and entry criteria. */
export function StagesSection() {
  const { model } = useDraftEditor();
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, model.stages.length - 1);

  return (
    <div className="split">
      <StagePicker stages={model.stages} selected={index} onSelect={setSelected} />
      {index >= 0 && <StageForm key={index} index={index} />}
    </div>
  );
}

function StageForm({ index }: { index: number }) {
  const { model, update } = useDraftEditor();
  const stage = model.stages[index];
  const path = `stages[${index}]`;
  const labelErrors = useProblemsAt(`${path}.label`);
  const orderErrors = useProblemsAt(`${path}.order`);
  const stageErrors = useProblemsAt(`${path}.stage`);
  if (stage === undefined) return null;

  const edit = (recipe: (definition: typeof stage) => void) =>
    update((draft) => {
      const definition = draft.stages[index];
      if (definition !== undefined) recipe(definition);
    });

  return (
    <section className="card item-form" aria-labelledby="stage-form-heading">
      <h2 id="stage-form-heading">{labels.formHeading(stage.label || stage.stage)}</h2>
      <p className="muted small mono">{stage.stage}</p>
      <FieldErrors messages={stageErrors} />

      <div className="form-grid">
        <TextField label={labels.label} value={stage.label} errors={labelErrors} onChange={(value) => edit((s) => (s.label = value))} />
        <NumberField
          label={labels.order}
          hint={labels.orderHint}
          integer
          min={1}
          value={stage.order}
          errors={orderErrors}
          onChange={(value) => edit((s) => (s.order = value ?? 1))}
        />
        <TextField label={labels.ownerTeam} value={stage.ownerTeam} onChange={(value) => edit((s) => (s.ownerTeam = value))} />
        <TextField label={labels.primaryKpi} value={stage.primaryKpi} onChange={(value) => edit((s) => (s.primaryKpi = value))} />
      </div>
      <TextField
        label={labels.description}
        multiline
        value={stage.description}
        onChange={(value) => edit((s) => (s.description = value))}
      />

      <RequiredFields
        path={`${path}.requiredFields`}
        selected={stage.requiredFields}
        onChange={(fields) => edit((s) => (s.requiredFields = fields))}
      />

      <ConditionBuilder
        label={labels.entryCriteria}
        condition={stage.entryCriteria}
        path={`${path}.entryCriteria`}
        emptyText={labels.noEntryCriteria}
        onChange={(condition) => edit((s) => (s.entryCriteria = condition))}
      />
    </section>
  );
}

interface RequiredFieldsProps {
  path: string;
  selected: readonly LeadField[];
  onChange: (fields: LeadField[]) => void;
}

/** Tick the lead fields a lead must have before it may enter the stage, stored in LEAD_FIELDS order. */
function RequiredFields({ path, selected, onChange }: RequiredFieldsProps) {
  const { problems } = useDraftEditor();
  const errors = problems.filter((problem) => problem.path.startsWith(`${path}`)).map((problem) => problem.message);

  return (
    <fieldset className="field checkbox-grid">
      <legend>{labels.requiredFields}</legend>
      <p className="field-hint">{labels.requiredFieldsHint}</p>
      {LEAD_FIELDS.map((field) => (
        <CheckboxField
          key={field}
          label={leadFieldLabel(field)}
          checked={selected.includes(field)}
          onChange={(checked) =>
            onChange(LEAD_FIELDS.filter((candidate) => (candidate === field ? checked : selected.includes(candidate))))
          }
        />
      ))}
      <FieldErrors messages={errors} />
    </fieldset>
  );
}
