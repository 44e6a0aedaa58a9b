import { ReasonKind, type ReasonCode } from '@accord/governance';
import { CheckboxField, FieldErrors, TextField } from '../../common/fields';
import { strings } from '../../strings';
import { useDraftEditor, useProblemLookup } from '../draft-editor-context';
import type { ReasonCodeUsage } from '../reason-code-usage.operations';

const labels = strings.reasonCodesEditor;
const KINDS = Object.values(ReasonKind);

/**
 * Edit the reason codes. A code that leads or transitions already carry can be retired (it stays
 * readable on them) but not deleted or renamed, because stored history refers to it.
 */
export function ReasonCodesSection() {
  const { model, update, reasonCodeUsage } = useDraftEditor();
  const usageByCode = new Map(reasonCodeUsage.map((usage) => [usage.code, usage]));

  const addCode = () =>
    update((draft) => {
      draft.reasonCodes.push({ code: '', label: '', kinds: [ReasonKind.Reject], noteRequired: false, active: true });
    });

  return (
    <section className="card" aria-labelledby="reason-codes-heading">
      <div className="section-header">
        <div>
          <h2 id="reason-codes-heading">{labels.heading}</h2>
          <p className="muted">{labels.intro}</p>
        </div>
        <button type="button" className="button" onClick={addCode}>
          {labels.add}
        </button>
      </div>

      <div className="table-wrap">
        <table className="edit-table">
          <caption className="visually-hidden">{labels.heading}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.code}</th>
              <th scope="col">{labels.label}</th>
              <th scope="col">{labels.kinds}</th>
              <th scope="col">{labels.noteRequired}</th>
              <th scope="col">{labels.active}</th>
              <th scope="col">{labels.usage}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {model.reasonCodes.map((reason, index) => (
              <ReasonCodeRow key={index} index={index} reason={reason} usage={usageByCode.get(reason.code)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface ReasonCodeRowProps {
  index: number;
  reason: ReasonCode;
  usage: ReasonCodeUsage | undefined;
}

function ReasonCodeRow({ index, reason, usage }: ReasonCodeRowProps) {
  const { update } = useDraftEditor();
  const errorsAt = useProblemLookup();
  const path = `reasonCodes[${index}]`;
  const used = usage !== undefined && (usage.leadCount > 0 || usage.transitionCount > 0);
  const name = reason.code === '' ? labels.newCode(index + 1) : reason.code;

  const edit = (recipe: (code: ReasonCode) => void) =>
    update((draft) => {
      const code = draft.reasonCodes[index];
      if (code !== undefined) recipe(code);
    });

  return (
    <tr className={reason.active ? undefined : 'retired'}>
      <td>
        <TextField
          label={labels.codeOf(name)}
          hideLabel
          value={reason.code}
          disabled={used}
          hint={used ? labels.codeLocked : undefined}
          errors={errorsAt(path)}
          onChange={(value) => edit((code) => (code.code = value.toUpperCase().replace(/\s+/g, '_')))}
        />
      </td>
      <td>
        <TextField
          label={labels.labelOf(name)}
          hideLabel
          value={reason.label}
          errors={errorsAt(`${path}.label`)}
          onChange={(value) => edit((code) => (code.label = value))}
        />
      </td>
      <td>
        <fieldset className="inline-choices">
          <legend className="visually-hidden">{labels.kindsOf(name)}</legend>
          {KINDS.map((kind) => (
            <CheckboxField
              key={kind}
              label={strings.reasonKind[kind]}
              checked={reason.kinds.includes(kind)}
              onChange={(checked) =>
                edit((code) => (code.kinds = KINDS.filter((candidate) => (candidate === kind ? checked : code.kinds.includes(candidate)))))
              }
            />
          ))}
          <FieldErrors messages={errorsAt(`${path}.kinds`)} />
        </fieldset>
      </td>
      <td>
        <CheckboxField
          label={labels.noteRequiredOf(name)}
          hideLabel
          checked={reason.noteRequired}
          onChange={(checked) => edit((code) => (code.noteRequired = checked))}
        />
      </td>
      <td>
        <CheckboxField
          label={labels.activeOf(name)}
          hideLabel
          checked={reason.active}
          onChange={(checked) => edit((code) => (code.active = checked))}
        />
        <span className="small muted"> {reason.active ? labels.activeState : labels.retiredState}</span>
      </td>
      <td className="small">{used ? labels.usageCounts(usage.leadCount, usage.transitionCount) : labels.unused}</td>
      <td>
        <button
          type="button"
          className="button quiet small danger-text"
          disabled={used}
          title={used ? labels.deleteBlocked : undefined}
          aria-label={labels.deleteOf(name)}
          onClick={() => update((draft) => void draft.reasonCodes.splice(index, 1))}
        >
          {labels.delete}
        </button>
      </td>
    </tr>
  );
}
