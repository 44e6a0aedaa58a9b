import type { BehaviourWeight } from '@accord/governance';
import { NumberField, TextField } from '../../common/fields';
import { strings } from '../../strings';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';
import { FitWeightsTable } from './fit-weights-table';

const labels = strings.scoringEditor;

/** Edit scoring: fit weights, behaviour points per engagement event, and how fast behaviour decays. */
export function ScoringSection() {
  const { model, update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const behaviourWeights = model.scoring.behaviourWeights ?? [];

  const editBehaviour = (index: number, recipe: (weight: BehaviourWeight) => void) =>
    update((draft) => {
      const weight = draft.scoring.behaviourWeights?.[index];
      if (weight !== undefined) recipe(weight);
    });

  return (
    <section className="card" aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">{labels.heading}</h2>
      <p className="muted">{labels.intro}</p>

      <FitWeightsTable />

      <section className="section" aria-labelledby="behaviour-heading">
        <div className="section-header">
          <div>
            <h3 id="behaviour-heading">{labels.behaviour.heading}</h3>
            <p className="muted small">{labels.behaviour.intro}</p>
          </div>
          <button
            type="button"
            className="button small"
            onClick={() => update((draft) => void (draft.scoring.behaviourWeights ??= []).push({ event: '', points: 10 }))}
          >
            {labels.behaviour.add}
          </button>
        </div>
        {behaviourWeights.length === 0 && <p className="muted small">{labels.behaviour.none}</p>}
        <ul className="plain-list">
          {behaviourWeights.map((weight, index) => {
            const path = `scoring.behaviourWeights[${index}]`;
            const row = index + 1;

            return (
              <li key={index} className="inline-form">
                <TextField
                  label={labels.behaviour.event}
                  hideLabel={index > 0}
                  accessibleLabel={labels.behaviour.eventOf(row)}
                  placeholder={labels.behaviour.eventPlaceholder}
                  value={weight.event}
                  errors={errorsAt(`${path}.event`)}
                  onChange={(value) => editBehaviour(index, (draft) => (draft.event = value))}
                />
                <NumberField
                  label={labels.behaviour.points}
                  hideLabel={index > 0}
                  accessibleLabel={labels.behaviour.pointsOf(row)}
                  value={weight.points}
                  errors={errorsAt(`${path}.points`)}
                  onChange={(value) => editBehaviour(index, (draft) => (draft.points = value ?? 0))}
                />
                <button
                  type="button"
                  className="button quiet small danger-text"
                  aria-label={labels.behaviour.removeOf(row)}
                  onClick={() => update((draft) => void draft.scoring.behaviourWeights?.splice(index, 1))}
                >
                  {labels.behaviour.remove}
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="section" aria-labelledby="decay-heading">
        <h3 id="decay-heading">{labels.decay.heading}</h3>
        <NumberField
          label={labels.decay.halfLife}
          hint={labels.decay.hint}
          allowEmpty
          min={1}
          value={model.scoring.decayHalfLifeDays ?? null}
          errors={errorsAt('scoring.decayHalfLifeDays')}
          onChange={(value) => update((draft) => (draft.scoring.decayHalfLifeDays = value))}
        />
      </section>
    </section>
  );
}
