import { NumberField, TextField } from '../../common/fields';
import { strings } from '../../strings';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';

const labels = strings.motionsEditor;

/** Edit the fit and intent thresholds a lead of each motion must reach to become an MQL. */
export function MotionsSection() {
  const { model, update } = useDraftEditor();
  const errorsAt = useProblemLookup();

  const edit = (index: number, key: 'label' | 'fitThreshold' | 'intentThreshold', value: string | number) =>
    update((draft) => {
      const motion = draft.motions[index];
      if (motion === undefined) return;

      if (key === 'label') motion.label = String(value);
      else motion[key] = Number(value);
    });

  return (
    <section className="card" aria-labelledby="motions-heading">
      <h2 id="motions-heading">{labels.heading}</h2>
      <p className="muted">{labels.intro}</p>

      <div className="table-wrap">
        <table className="edit-table">
          <caption className="visually-hidden">{labels.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.motion}</th>
              <th scope="col">{labels.label}</th>
              <th scope="col">{labels.fitThreshold}</th>
              <th scope="col">{labels.intentThreshold}</th>
            </tr>
          </thead>
          <tbody>
            {model.motions.map((motion, index) => {
              const name = strings.motion[motion.motion] ?? motion.motion;

              return (
                <tr key={motion.motion}>
                  <th scope="row">{name}</th>
                  <td>
                    <TextField
                      label={labels.labelFor(name)}
                      hideLabel
                      value={motion.label}
                      errors={errorsAt(`motions[${index}].label`)}
                      onChange={(value) => edit(index, 'label', value)}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={labels.fitThresholdFor(name)}
                      hideLabel
                      integer
                      min={0}
                      max={100}
                      value={motion.fitThreshold}
                      errors={errorsAt(`motions[${index}].fitThreshold`)}
                      onChange={(value) => edit(index, 'fitThreshold', value ?? 0)}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={labels.intentThresholdFor(name)}
                      hideLabel
                      integer
                      min={0}
                      max={100}
                      value={motion.intentThreshold}
                      errors={errorsAt(`motions[${index}].intentThreshold`)}
                      onChange={(value) => edit(index, 'intentThreshold', value ?? 0)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{labels.pointsNote}</p>
    </section>
  );
}
