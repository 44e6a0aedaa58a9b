import { LEAD_FIELDS, type FitWeight, type LeadField } from '@accord/governance';
import { FieldErrors, NumberField, SelectField, TextField } from '../../common/fields';
import { leadFieldLabel } from '../../common/lead-field-label';
import { strings } from '../../strings';
import { fieldKind } from '../conditions/condition-nodes';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';

const labels = strings.scoringEditor.fit;

// Fit scoring reads lead attributes, never the scores it produces.
const SCORABLE_FIELDS = LEAD_FIELDS.filter((field) => field !== 'fitScore' && field !== 'behaviourScore');
const fieldOptions = SCORABLE_FIELDS.map((field) => ({ value: field, label: leadFieldLabel(field) }));

/** Edit the fit weights: each adds its points when the lead's field equals a value or falls in a range. */
export function FitWeightsTable() {
  const { model, update } = useDraftEditor();
  const weights = model.scoring.fitWeights;

  const edit = (index: number, recipe: (weight: FitWeight) => void) =>
    update((draft) => {
      const weight = draft.scoring.fitWeights[index];
      if (weight !== undefined) recipe(weight);
    });

  return (
    <section aria-labelledby="fit-weights-heading">
      <div className="section-header">
        <div>
          <h3 id="fit-weights-heading">{labels.heading}</h3>
          <p className="muted small">{labels.intro}</p>
        </div>
        <button
          type="button"
          className="button small"
          onClick={() => update((draft) => void draft.scoring.fitWeights.push({ field: 'industry', equals: '', points: 10 }))}
        >
          {labels.add}
        </button>
      </div>
      <div className="table-wrap">
        <table className="edit-table">
          <caption className="visually-hidden">{labels.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.field}</th>
              <th scope="col">{labels.equals}</th>
              <th scope="col">{labels.min}</th>
              <th scope="col">{labels.max}</th>
              <th scope="col">{labels.points}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {weights.map((weight, index) => (
              <FitWeightRow key={index} index={index} weight={weight} onEdit={(recipe) => edit(index, recipe)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface FitWeightRowProps {
  index: number;
  weight: FitWeight;
  onEdit: (recipe: (weight: FitWeight) => void) => void;
}

function FitWeightRow({ index, weight, onEdit }: FitWeightRowProps) {
  const { update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const path = `scoring.fitWeights[${index}]`;
  const kind = fieldKind(weight.field);
  const row = index + 1;

  const setOptional = (key: 'min' | 'max', value: number | null) =>
    onEdit((draft) => {
      if (value === null) delete draft[key];
      else draft[key] = value;
    });

  return (
    <tr>
      <td>
        <SelectField
          label={labels.fieldOf(row)}
          hideLabel
          value={weight.field}
          options={fieldOptions}
          errors={errorsAt(`${path}.field`)}
          onChange={(value) =>
            onEdit((draft) => {
              draft.field = value as LeadField;
              if (fieldKind(draft.field) !== 'number') {
                delete draft.min;
                delete draft.max;
              }
            })
          }
        />
      </td>
      <td>
        {kind === 'number' ? (
          <NumberField
            label={labels.equalsOf(row)}
            hideLabel
            allowEmpty
            value={typeof weight.equals === 'number' ? weight.equals : null}
            onChange={(value) => onEdit((draft) => (value === null ? delete draft.equals : (draft.equals = value)))}
          />
        ) : kind === 'boolean' ? (
          <SelectField
            label={labels.equalsOf(row)}
            hideLabel
            value={weight.equals === undefined ? '' : String(weight.equals)}
            placeholder={labels.anyValue}
            options={[
              { value: 'true', label: strings.conditions.yes },
              { value: 'false', label: strings.conditions.no },
            ]}
            onChange={(value) => onEdit((draft) => (value === '' ? delete draft.equals : (draft.equals = value === 'true')))}
          />
        ) : (
          <TextField
            label={labels.equalsOf(row)}
            hideLabel
            placeholder={labels.anyValue}
            value={weight.equals === undefined ? '' : String(weight.equals)}
            onChange={(value) => onEdit((draft) => (value === '' ? delete draft.equals : (draft.equals = value)))}
          />
        )}
      </td>
      <td>
        {kind === 'number' && (
          <NumberField
            label={labels.minOf(row)}
            hideLabel
            allowEmpty
            value={weight.min ?? null}
            onChange={(value) => setOptional('min', value)}
          />
        )}
      </td>
      <td>
        {kind === 'number' && (
          <NumberField
            label={labels.maxOf(row)}
            hideLabel
            allowEmpty
            value={weight.max ?? null}
            onChange={(value) => setOptional('max', value)}
          />
        )}
      </td>
      <td>
        <NumberField
          label={labels.pointsOf(row)}
          hideLabel
          value={weight.points}
          errors={errorsAt(`${path}.points`)}
          onChange={(value) => onEdit((draft) => (draft.points = value ?? 0))}
        />
        <FieldErrors messages={errorsAt(path)} />
      </td>
      <td>
        <button
          type="button"
          className="button quiet small danger-text"
          aria-label={labels.removeOf(row)}
          onClick={() => update((draft) => void draft.scoring.fitWeights.splice(index, 1))}
        >
          {labels.remove}
        </button>
      </td>
    </tr>
  );
}
